/** QR codes, through qr-scanner, which is loaded the first time a QR code is looked for. */
type QrScannerClass = (typeof import('qr-scanner'))['default'];

let scanner: Promise<QrScannerClass> | undefined;

/** The QrScanner class; the same promise for every caller, retried after a failed load. */
export function loadQrScanner(): Promise<QrScannerClass> {
  scanner ??= import('qr-scanner').then(
    (module) => module.default,
    (error: unknown) => {
      scanner = undefined;
      throw error;
    },
  );
  return scanner;
}

/** The text of the QR code in an image, or undefined when it holds none. */
export async function scanImageForQr(source: Blob | HTMLCanvasElement): Promise<string | undefined> {
  const QrScanner = await loadQrScanner();
  try {
    return (await QrScanner.scanImage(source, { returnDetailedScanResult: true })).data;
  } catch (error) {
    // qr-scanner rejects with this exact string when the image decodes but holds no code.
    if (error === QrScanner.NO_QR_CODE_FOUND) return undefined;
    throw error;
  }
}
