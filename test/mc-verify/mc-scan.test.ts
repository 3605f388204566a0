/// <reference types="mocha" />
/**
 * `<mc-scan>`: QR codes in corpus PNGs and in PDFs made for the test, PDF attachments, baked
 * badges, pasted text, and the messages for no QR code, unreadable files and a refused camera.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { VerificationReport } from '../../components/core/index.ts';
import type { McScanFoundDetail } from '../../components/mc-scan/events/scan-found.ts';
import '../../components/mc-scan/mc-scan.ts';
import type { McScan } from '../../components/mc-scan/mc-scan.ts';
import { en } from '../../components/mc-verify/labels/en.ts';
import type { McVerify } from '../../components/mc-verify/mc-verify.ts';
import qrPng from '@corpus/links/dcc-vc-test-fixtures/verifiableCredentials/v2/bothSignatureTypes/didkey/legacy-noStatus-noExpiry.png?inline';
import qrCredential from '@corpus/links/dcc-vc-test-fixtures/verifiableCredentials/v2/bothSignatureTypes/didkey/legacy-noStatus-noExpiry.json?raw';
import bakedPng from '@corpus/links/baked/generated_ob3_openbadgecredential_itxt.png?inline';
import bakedSvg from '@corpus/links/baked/generated_ob3_openbadges_credential.svg?raw';
import plainPng from '@corpus/links/baked/openbadges-bakery_public_domain_heart.png?inline';
import { attachmentPdf, qrPdf, SCAN_URL } from 'virtual:scan-fixtures';
import { documents, now, shadow, until } from './helpers.ts';

const QR_URL = 'https://digitalcredentials.github.io/vc-test-fixtures/verifiableCredentials/v2/bothSignatureTypes/didkey/legacy-noStatus-noExpiry.json';

/** Offline documents: the corpus's, plus the credentials behind the URLs the QR codes carry. */
const scanDocuments = { ...documents, [QR_URL]: JSON.parse(qrCredential) as unknown, [SCAN_URL]: JSON.parse(qrCredential) as unknown };

/** A data: URL's bytes as a File, as if the user had picked it. */
async function fileFrom(dataUrl: string, name: string, type: string): Promise<File> {
  return new File([await (await fetch(dataUrl)).blob()], name, { type });
}

async function scanner(): Promise<McScan> {
  const element = await fixture<McScan>(html`<mc-scan offline now=${now} .documents=${scanDocuments}></mc-scan>`);
  await until(() => shadow(element).querySelector('textarea') !== null, 'the scan form');
  return element;
}

/** Resolves with what `<mc-scan>` found and the report of the `<mc-verify>` it created. */
function outcome(element: McScan): Promise<{ found: McScanFoundDetail; report: VerificationReport; verify: McVerify }> {
  return new Promise((resolve) => {
    element.addEventListener(
      'mc-scan-found',
      (found) => {
        element.addEventListener(
          'mc-verify-complete',
          (complete) => {
            const verify = shadow(element).querySelector('mc-verify');
            if (verify) resolve({ found: found.detail, report: complete.detail.report, verify });
          },
          { once: true },
        );
      },
      { once: true },
    );
  });
}

const message = (element: McScan): string => shadow(element).querySelector('[part~="message"]')?.textContent?.trim() ?? '';

afterEach(() => fixtureCleanup());

describe('<mc-scan> finds credentials', () => {
  it('decodes the QR code in a corpus PNG and verifies the URL it carries', async () => {
    const element = await scanner();
    const done = outcome(element);
    await element.verifyFile(await fileFrom(qrPng, 'qr.png', 'image/png'));
    const { found, report, verify } = await done;
    expect(found).to.deep.equal({ source: 'file', kind: 'url' });
    expect(verify.src).to.equal(QR_URL);
    expect(report.verdict).to.equal('verified');
    await element.updateComplete;
    expect(message(element), 'no stale "checking it…" once the verdict is shown').to.equal('');
  });

  it('finds the QR code on the page of a PDF and verifies the URL it carries', async () => {
    const element = await scanner();
    const done = outcome(element);
    await element.verifyFile(new File([qrPdf as BlobPart], 'certificate.pdf', { type: 'application/pdf' }));
    const { found, report, verify } = await done;
    expect(found).to.deep.equal({ source: 'file', kind: 'url' });
    expect(verify.src).to.equal(SCAN_URL);
    expect(report.verdict).to.equal('verified');
  });

  it('prefers a credential attached to a PDF over a QR code on its page', async () => {
    const element = await scanner();
    const done = outcome(element);
    await element.verifyFile(new File([attachmentPdf as BlobPart], 'europass.pdf', { type: 'application/pdf' }));
    const { found, report } = await done;
    expect(found).to.deep.equal({ source: 'file', kind: 'text' });
    expect(report.verdict).to.equal('verified');
  });

  it('passes the bytes of a baked PNG badge to the engine', async () => {
    const element = await scanner();
    const done = outcome(element);
    await element.verifyFile(await fileFrom(bakedPng, 'badge.png', 'image/png'));
    const { found, report } = await done;
    expect(found).to.deep.equal({ source: 'file', kind: 'bytes' });
    expect(report.source.container).to.equal('png');
    expect(report.verdict).to.equal('verified');
  });

  it('passes the text of a baked SVG badge to the engine', async () => {
    const element = await scanner();
    const done = outcome(element);
    await element.verifyFile(new File([bakedSvg], 'badge.svg', { type: 'image/svg+xml' }));
    const { found, report } = await done;
    expect(found).to.deep.equal({ source: 'file', kind: 'text' });
    expect(report.source.container).to.equal('svg');
    expect(report.verdict).to.equal('verified');
  });

  it('verifies pasted credential text', async () => {
    const element = await scanner();
    const done = outcome(element);
    const root = shadow(element);
    const field = root.querySelector('textarea');
    if (field) field.value = qrCredential;
    root.querySelector<HTMLButtonElement>('[part~="paste-button"]')?.click();
    const { found, report } = await done;
    expect(found).to.deep.equal({ source: 'paste', kind: 'text' });
    expect(report.verdict).to.equal('verified');
  });

  it('verifies a pasted link as src', async () => {
    const element = await scanner();
    const done = outcome(element);
    element.verifyText(`  ${QR_URL}\n`);
    const { found, verify } = await done;
    expect(found).to.deep.equal({ source: 'paste', kind: 'url' });
    expect(verify.src).to.equal(QR_URL);
  });
});

describe('<mc-scan> says clearly when it finds nothing', () => {
  it('an image without a QR code', async () => {
    const element = await scanner();
    await element.verifyFile(await fileFrom(plainPng, 'heart.png', 'image/png'));
    await element.updateComplete;
    expect(message(element)).to.equal(en.scan.noQrFound);
    expect(shadow(element).querySelector('mc-verify')).to.not.exist;
  });

  it('a file that is neither an image, a PDF nor text', async () => {
    const element = await scanner();
    await element.verifyFile(new File([new Uint8Array([0, 1, 2, 3, 250, 251, 252])], 'data.bin'));
    await element.updateComplete;
    expect(message(element)).to.equal(en.scan.unsupportedFile);
  });

  it('a damaged PDF', async () => {
    const element = await scanner();
    await element.verifyFile(new File(['%PDF-1.7\nnot really'], 'broken.pdf', { type: 'application/pdf' }));
    await element.updateComplete;
    expect([en.scan.fileFailed, en.scan.noQrFound]).to.include(message(element));
  });

  it('nothing pasted', async () => {
    const element = await scanner();
    shadow(element).querySelector<HTMLButtonElement>('[part~="paste-button"]')?.click();
    await element.updateComplete;
    expect(message(element)).to.equal(en.scan.emptyPaste);
  });
});

describe('<mc-scan> camera', () => {
  const devices = navigator.mediaDevices;
  const original = { enumerateDevices: devices.enumerateDevices, getUserMedia: devices.getUserMedia };
  afterEach(() => Object.assign(devices, original));

  it('says so when camera permission is denied', async () => {
    Object.assign(devices, {
      enumerateDevices: async () => [{ kind: 'videoinput', deviceId: 'camera-1', groupId: 'g', label: '' }],
      getUserMedia: async () => {
        throw new DOMException('Permission denied', 'NotAllowedError');
      },
    });
    const element = await scanner();
    shadow(element).querySelector<HTMLButtonElement>('[part~="camera-button"]')?.click();
    await until(() => message(element) === en.scan.cameraDenied, 'the permission message');
    expect(shadow(element).querySelector<HTMLElement>('.camera')?.hidden).to.equal(true);
  });

  it('says so when there is no camera', async () => {
    Object.assign(devices, { enumerateDevices: async () => [] });
    const element = await scanner();
    shadow(element).querySelector<HTMLButtonElement>('[part~="camera-button"]')?.click();
    await until(() => message(element) === en.scan.cameraMissing, 'the no-camera message');
  });
});
