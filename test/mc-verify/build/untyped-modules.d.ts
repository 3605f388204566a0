// The part of the `qrcode` package the fixture PDF writer uses; the package ships no types.
declare module 'qrcode' {
  interface QrCode {
    modules: { size: number; get(row: number, column: number): boolean | number };
  }
  const QRCode: {
    create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QrCode;
  };
  export default QRCode;
}
