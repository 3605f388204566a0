/**
 * `<mc-scan>`: for people holding a paper certificate or a PDF: scan its QR code, pick or drop an
 * image or PDF, or paste a link or text; what is found is verified and shown with `<mc-verify>`.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type QrScanner from 'qr-scanner';
import type { VerifyInput, VerifyOptions } from '../core/index.ts';
import type { ScanLabels } from '../mc-verify/labels/index.ts';
import { LanguageChoice } from '../mc-verify/labels/language-choice.ts';
import '../mc-verify/mc-verify.ts';
import { heading } from '../mc-verify/templates/parts.ts';
import { McScanFoundEvent, type McScanFoundDetail } from './events/scan-found.ts';
import { fileKind, isBakedPng, isBakedSvg, MAX_FILE_BYTES } from './file-kind.ts';
import { styles } from './mc-scan.styles.ts';
import { loadQrScanner, scanImageForQr } from './qr.ts';

/** What `<mc-verify>` is given: a URL as `src`, or anything else as `credential`. */
type Target = { src: string } | { credential: VerifyInput };

type Message = { key: keyof ScanLabels; tone: 'info' | 'problem' };

/**
 * Finds a credential on paper or in a file and verifies it: scan a QR code with the camera, pick
 * or drop an image, a PDF or a baked badge, or paste a link or the credential's text. What it
 * finds is shown with `<mc-verify>`, which takes the options given here.
 *
 * @summary Scans a QR code, an image, a PDF or pasted text, and verifies what it finds.
 *
 * @fires {McScanFoundEvent} mc-scan-found - Something to verify was found. `detail: { source, kind }`.
 * @fires {McVerifyStartEvent} mc-verify-start - From the inner `<mc-verify>`.
 * @fires {McVerifyCompleteEvent} mc-verify-complete - From the inner `<mc-verify>`.
 * @fires {McVerifyErrorEvent} mc-verify-error - From the inner `<mc-verify>`.
 *
 * @csspart base - The box around everything.
 * @csspart camera-button - The button that starts and stops the camera.
 * @csspart file-button - The label that opens the file picker.
 * @csspart video - The camera preview.
 * @csspart paste - The text area for a link or text.
 * @csspart paste-button - The button that verifies the pasted text.
 * @csspart message - Status and problem messages.
 * @csspart verify - The inner `<mc-verify>`.
 *
 * @cssprop --mc-verify-font-family - The font. Default: `system-ui`.
 * @cssprop --mc-verify-link - The colour of buttons.
 * @cssprop --mc-verify-border - The colour of borders.
 * @cssprop --mc-verify-radius - The corner radius. Default: `0.5rem`.
 */
export class McScan extends LitElement {
  static override styles = styles;

  static override properties = {
    language: { type: String, attribute: 'lang' },
    now: { type: String },
    offline: { type: Boolean },
    trust: { type: String },
    recipient: { type: String },
    compact: { type: Boolean },
    theme: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    allowLoopback: { type: Boolean, attribute: 'allow-loopback' },
    documents: { attribute: false },
    options: { attribute: false },
  };

  /** The UI language (the `lang` attribute). Default: the page's language, then the browser's, then English. */
  declare language: string | undefined;
  /** Passed to `<mc-verify>`: the instant to judge validity at. */
  declare now: string | undefined;
  /** Passed to `<mc-verify>`: retrieve nothing from the network. */
  declare offline: boolean;
  /** Passed to `<mc-verify>`: the URL of a trust list. */
  declare trust: string | undefined;
  /** Passed to `<mc-verify>`: an email address to compare with hashed recipient identities. */
  declare recipient: string | undefined;
  /** Passed to `<mc-verify>`: the compact layout. */
  declare compact: boolean;
  /** `light`, `dark` or `auto`; passed to `<mc-verify>`. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** The level of this element's heading, 2 to 6; the report's headings follow. Default: 2. */
  declare headingLevel: number;
  /** Passed to `<mc-verify>`: let the engine fetch from localhost. */
  declare allowLoopback: boolean;
  /** Passed to `<mc-verify>`: documents to use instead of fetching them. */
  declare documents: VerifyOptions['documents'];
  /** Passed to `<mc-verify>`: further engine options. */
  declare options: Omit<VerifyOptions, 'signal'> | undefined;

  readonly #language = new LanguageChoice(() => this.requestUpdate());
  #target: Target | undefined;
  #scans = 0;
  #message: Message | undefined;
  #camera: QrScanner | undefined;
  #cameraOn = false;
  #dragging = false;
  #busy = false;

  constructor() {
    super();
    this.offline = false;
    this.compact = false;
    this.allowLoopback = false;
    this.headingLevel = 2;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCamera();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('language')) this.#language.choose(this.language);
  }

  /** Verifies pasted text: a link is verified as `src`, anything else as the credential itself. */
  verifyText(text: string, source: McScanFoundDetail['source'] = 'paste'): void {
    const trimmed = text.trim();
    if (trimmed === '') {
      this.#say('emptyPaste', 'problem');
      return;
    }
    const url = /^https?:\/\/\S+$/i.test(trimmed) ? trimmed : undefined;
    this.#found(url ? { src: url } : { credential: trimmed }, { source, kind: url ? 'url' : 'text' });
  }

  /**
   * Reads a file: a baked PNG or SVG badge is verified as it is; a PDF's credential attachment or
   * QR code, an image's QR code, or a text file's content is verified. Resolves when it is read.
   */
  async verifyFile(file: Blob & { name?: string }): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      this.#say('fileFailed', 'problem');
      return;
    }
    this.#busy = true;
    this.#say('reading', 'info');
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const kind = fileKind(bytes, file.name ?? '', file.type);
      if (kind === 'png' && isBakedPng(bytes)) return this.#found({ credential: bytes }, { source: 'file', kind: 'bytes' });
      if (kind === 'svg') {
        const text = new TextDecoder().decode(bytes);
        if (isBakedSvg(text)) return this.#found({ credential: text }, { source: 'file', kind: 'text' });
      }
      if (kind === 'text') return this.verifyText(new TextDecoder().decode(bytes), 'file');
      if (kind === 'pdf') {
        const { findInPdf } = await import('./pdf.ts');
        const finding = await findInPdf(bytes);
        if (finding?.kind === 'attachment') return this.#found({ credential: new TextDecoder().decode(finding.bytes) }, { source: 'file', kind: 'text' });
        if (finding?.kind === 'qr') return this.verifyText(finding.text, 'file');
        return this.#say('noQrFound', 'problem');
      }
      if (kind === 'png' || kind === 'svg' || kind === 'raster') {
        const text = await scanImageForQr(kind === 'svg' ? new Blob([bytes], { type: 'image/svg+xml' }) : file);
        return text === undefined ? this.#say('noQrFound', 'problem') : this.verifyText(text, 'file');
      }
      this.#say('unsupportedFile', 'problem');
    } catch {
      this.#say('fileFailed', 'problem');
    } finally {
      this.#busy = false;
      this.requestUpdate();
    }
  }

  /** Starts the camera and verifies the first QR code it sees. */
  async startCamera(): Promise<void> {
    if (this.#cameraOn) return;
    let QrScannerClass: Awaited<ReturnType<typeof loadQrScanner>>;
    try {
      QrScannerClass = await loadQrScanner();
      if (!(await QrScannerClass.hasCamera())) return this.#say('cameraMissing', 'problem');
    } catch {
      return this.#say('cameraFailed', 'problem');
    }
    this.#cameraOn = true;
    this.#say('cameraHint', 'info');
    await this.updateComplete;
    const video = this.renderRoot.querySelector('video');
    if (!video) return;
    this.#camera = new QrScannerClass(video, (result) => this.#onCameraCode(result.data), { returnDetailedScanResult: true, preferredCamera: 'environment' });
    try {
      await this.#camera.start();
    } catch (error) {
      this.stopCamera();
      this.#say(await cameraProblem(error), 'problem');
    }
  }

  /** Stops the camera, if it is on. */
  stopCamera(): void {
    this.#camera?.destroy();
    this.#camera = undefined;
    if (this.#cameraOn) {
      this.#cameraOn = false;
      this.requestUpdate();
    }
  }

  protected override render(): TemplateResult {
    const labels = this.#language.labels;
    if (!labels) return html`<div class="base" part="base"></div>`;
    const { scan } = labels;
    const target = this.#target;
    return html`<div
      class="base"
      part="base"
      lang=${labels.lang}
      ?data-dragging=${this.#dragging}
      @dragover=${this.#onDragOver}
      @dragleave=${this.#onDragLeave}
      @drop=${this.#onDrop}
    >
      ${heading(this.headingLevel, scan.heading, 'title')}
      <p class="intro">${scan.intro}</p>
      <div class="actions">
        <button type="button" class="button" part="camera-button" @click=${this.#toggleCamera}>${this.#cameraOn ? scan.cameraStop : scan.cameraStart}</button>
        <label class="button file" part="file-button">
          <input class="visually-hidden" type="file" accept="image/png,image/jpeg,image/gif,image/webp,image/svg+xml,application/pdf,.json,.jsonld,.jwt" @change=${this.#onFile} />
          ${scan.fileLabel}
        </label>
        <span class="drop-hint">${scan.dropHint}</span>
      </div>
      <div class="camera" ?hidden=${!this.#cameraOn}>
        <video part="video" muted playsinline aria-label=${scan.cameraHint}></video>
      </div>
      <form class="paste" @submit=${this.#onPaste}>
        <label for="paste">${scan.pasteLabel}</label>
        <textarea id="paste" name="paste" part="paste" rows="3" placeholder=${scan.pastePlaceholder} spellcheck="false"></textarea>
        <button type="submit" class="button" part="paste-button">${scan.verifyButton}</button>
      </form>
      <p class="message ${this.#message?.tone === 'problem' ? 'message--problem' : ''}" part="message" role="status" aria-live="polite" aria-busy=${this.#busy ? 'true' : 'false'}>
        ${this.#message ? scan[this.#message.key] : nothing}
      </p>
      ${target
        ? keyed(
            this.#scans,
            html`<mc-verify
              part="verify"
              src=${ifDefined('src' in target ? target.src : undefined)}
              .credential=${'credential' in target ? target.credential : undefined}
              .documents=${this.documents}
              .options=${this.options}
              now=${ifDefined(this.now)}
              trust=${ifDefined(this.trust)}
              recipient=${ifDefined(this.recipient)}
              theme=${ifDefined(this.theme)}
              lang=${labels.lang}
              heading-level=${Math.min(6, this.headingLevel + 1)}
              ?offline=${this.offline}
              ?compact=${this.compact}
              ?allow-loopback=${this.allowLoopback}
              @mc-verify-complete=${this.#onVerifyDone}
              @mc-verify-error=${this.#onVerifyDone}
            ></mc-verify>`,
          )
        : nothing}
    </div>`;
  }

  #found(target: Target, detail: McScanFoundDetail): void {
    this.stopCamera();
    this.#target = target;
    this.#scans++;
    this.#say('found', 'info');
    this.dispatchEvent(new McScanFoundEvent(detail));
  }

  /** The verdict below speaks for itself; "checking it…" would now be stale. */
  #onVerifyDone = (): void => {
    if (this.#message?.key !== 'found') return;
    this.#message = undefined;
    this.requestUpdate();
  };

  #say(key: keyof ScanLabels, tone: Message['tone']): void {
    this.#message = { key, tone };
    this.requestUpdate();
  }

  #onCameraCode(text: string): void {
    this.verifyText(text, 'camera');
  }

  #toggleCamera = (): void => {
    if (this.#cameraOn) this.stopCamera();
    else void this.startCamera();
  };

  #onFile = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.verifyFile(file);
    input.value = '';
  };

  #onPaste = (event: SubmitEvent): void => {
    event.preventDefault();
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem('paste');
    if (field instanceof HTMLTextAreaElement) this.verifyText(field.value);
  };

  #onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!this.#dragging) {
      this.#dragging = true;
      this.requestUpdate();
    }
  };

  #onDragLeave = (): void => {
    this.#dragging = false;
    this.requestUpdate();
  };

  #onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.#dragging = false;
    void this.verifyFile(file);
  };

}

/**
 * Which message fits a camera that would not start. qr-scanner reports every getUserMedia failure
 * as "Camera not found.", so a refused permission is told apart by asking once more ourselves.
 */
async function cameraProblem(error: unknown): Promise<keyof ScanLabels> {
  let cause = error;
  if (!(error instanceof DOMException)) {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: true });
      stream.getTracks().forEach((track) => track.stop());
      return 'cameraFailed';
    } catch (retry) {
      cause = retry;
    }
  }
  const name = cause instanceof DOMException ? cause.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'cameraDenied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'cameraMissing';
  return 'cameraFailed';
}

if (!customElements.get('mc-scan')) customElements.define('mc-scan', McScan);

declare global {
  interface HTMLElementTagNameMap {
    'mc-scan': McScan;
  }
}
