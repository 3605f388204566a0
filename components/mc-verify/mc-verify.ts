/**
 * `<mc-verify>`: verifies a digital credential in the browser and shows what it says and how far
 * it can be trusted.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CheckResult, FetchLike, Verdict, VerificationReport, VerifyInput, VerifyOptions } from '../core/index.ts';
import { loadEngine } from './engine.ts';
import { McVerifyCompleteEvent } from './events/verify-complete.ts';
import { McVerifyErrorEvent } from './events/verify-error.ts';
import { McVerifyStartEvent, type McVerifyStartDetail } from './events/verify-start.ts';
import type { ErrorReason } from './labels/index.ts';
import { LanguageChoice } from './labels/language-choice.ts';
import { styles } from './mc-verify.styles.ts';
import { renderContext } from './templates/context.ts';
import { errorView, progressBanner, progressBody, reportBody } from './templates/report.ts';
import { verdictBanner } from './templates/verdict.ts';
import { loadTrustList, type NamedTrustList } from './trust-list.ts';

/** The media types of a child `<script>` that carries the credential. */
const SCRIPT_TYPES = ['application/vc+ld+json', 'application/ld+json', 'application/vc+jwt', 'application/vc+sd-jwt', 'application/jwt'];
const SCRIPT_SELECTOR = SCRIPT_TYPES.map((type) => `:scope > script[type="${type}"]`).join(', ');

/** Properties whose change means the credential must be verified again. */
const VERIFY_INPUTS = ['src', 'credential', 'report', 'documents', 'options', 'now', 'offline', 'trust', 'recipient', 'allowLoopback'] as const;

type View =
  | { kind: 'idle' }
  | { kind: 'checking'; finished: CheckResult[] }
  | { kind: 'done'; report: VerificationReport }
  | { kind: 'error'; reason: ErrorReason };

type Input = { kind: McVerifyStartDetail['input']; value: VerifyInput; src?: string };

class InputError extends Error {
  constructor(
    readonly reason: ErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Verifies a digital credential (W3C Verifiable Credential, Open Badges 2.0 or 3.0, Europass) in
 * the browser and shows the verdict, what the credential says, and every check, in plain language.
 * Nothing is sent to a server of ours: the page's browser fetches what the credential names.
 *
 * The credential comes from the first of: the `report` property (render a finished report,
 * without verifying), the `credential` property, the `src` attribute, or a child
 * `<script type="application/vc+ld+json">` (also `application/ld+json`, `application/vc+jwt`).
 *
 * @summary Verifies a digital credential and shows what it says, client-side.
 *
 * @fires {McVerifyStartEvent} mc-verify-start - A verification began. `detail: { input, src? }`.
 * @fires {McVerifyCompleteEvent} mc-verify-complete - A verification finished, for any verdict. `detail: { report }`.
 * @fires {McVerifyErrorEvent} mc-verify-error - Verification could not run at all. `detail: { reason, message }`.
 *
 * @slot footer - Content after the report, such as a "verify independently" link.
 *
 * @csspart base - The card around everything.
 * @csspart verdict - The verdict banner; also `verdict-verified`, `verdict-revoked`, ... and `verdict-checking`.
 * @csspart verdict-icon - The verdict's icon.
 * @csspart verdict-title - The verdict's title.
 * @csspart verdict-summary - The sentence under the verdict's title.
 * @csspart error - The banner shown when verification could not run.
 * @csspart credential - What the credential says.
 * @csspart image - The badge image.
 * @csspart name - The achievement's name.
 * @csspart issuer - Who issued it, and whether anyone confirms that.
 * @csspart recipient - Who it was issued to.
 * @csspart dates - The validity dates.
 * @csspart description - The description text.
 * @csspart criteria - The criteria text.
 * @csspart alignments - The skills and alignments list.
 * @csspart evidence - The evidence list.
 * @csspart results - The results list.
 * @csspart tags - The tags.
 * @csspart checks - The list of checks.
 * @csspart check - One check; also `check-passed`, `check-failed`, `check-skipped`, `check-error`, `check-pending`.
 * @csspart problem-details - The technical details of a check's problems.
 * @csspart problem-code - A problem code.
 * @csspart eu-profile - The EU micro-credential panel (Annex I elements).
 * @csspart eu-completeness - How many of the required EU elements the credential states, and which are missing.
 * @csspart eu-summary - The ECTS credits and EQF level at a glance.
 * @csspart eu-claim - Whether the credential presents itself as a micro-credential.
 * @csspart eu-elements - A list of EU elements (required, then optional).
 * @csspart eu-element - One EU element and its values; also `eu-element-missing` when it is not stated.
 * @csspart eu-not-stated - The "Not stated" marker of an element.
 * @csspart eu-skills - A list of skills (ESCO, DigComp, ...).
 * @csspart eu-warnings - What is worth checking in the EU information.
 * @csspart eu-sources - Where each EU value comes from (JSON paths).
 * @csspart expander - A button that shows or hides more.
 * @csspart link - A link the credential names.
 * @csspart progress - The list of checks while verifying.
 *
 * @cssprop --mc-verify-font-family - The font. Default: `system-ui`.
 * @cssprop --mc-verify-font-size - The base font size. Default: `1rem`.
 * @cssprop --mc-verify-background - The card's background.
 * @cssprop --mc-verify-surface - The background of the technical details.
 * @cssprop --mc-verify-text - The text colour.
 * @cssprop --mc-verify-muted - The colour of secondary text.
 * @cssprop --mc-verify-border - The colour of borders.
 * @cssprop --mc-verify-link - The colour of links and buttons.
 * @cssprop --mc-verify-focus - The colour of the focus ring.
 * @cssprop --mc-verify-radius - The corner radius. Default: `0.5rem`.
 * @cssprop --mc-verify-padding - The card's padding. Default: `1rem`.
 * @cssprop --mc-verify-image-size - The badge image's size. Default: `6rem` (`3.5rem` compact).
 * @cssprop --mc-verify-verified - The colour of the verified state.
 * @cssprop --mc-verify-invalid - The colour of the invalid state.
 * @cssprop --mc-verify-revoked - The colour of the revoked state.
 * @cssprop --mc-verify-suspended - The colour of the suspended state.
 * @cssprop --mc-verify-expired - The colour of the expired state.
 * @cssprop --mc-verify-not-yet-valid - The colour of the not-yet-valid state.
 * @cssprop --mc-verify-unverifiable - The colour of the could-not-verify state.
 * @cssprop --mc-verify-attention - The colour of icons that ask for attention (an EU element not stated, a warning).
 *
 * @example
 * ```html
 * <script type="module" src="mc-verify.js"></script>
 * <mc-verify src="https://example.org/credentials/123.json"></mc-verify>
 * ```
 */
export class McVerify extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    credential: { attribute: false },
    report: { attribute: false },
    documents: { attribute: false },
    options: { attribute: false },
    now: { type: String },
    offline: { type: Boolean },
    trust: { type: String },
    language: { type: String, attribute: 'lang' },
    recipient: { type: String },
    compact: { type: Boolean, reflect: true },
    theme: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    allowLoopback: { type: Boolean, attribute: 'allow-loopback' },
  };

  /** The URL of a credential, or of a page on a credential platform (Credly, Badgr, Europass, ...). Relative URLs resolve against the page. */
  declare src: string | undefined;
  /** The credential itself: a parsed object, JSON or JWT text, or the bytes of a baked PNG badge. Takes precedence over `src`. */
  declare credential: VerifyInput | undefined;
  /** A finished report to render as it is, without verifying (the extension's side panel). Takes precedence over everything else. */
  declare report: VerificationReport | undefined;
  /** Documents to use instead of fetching them, by URL or DID: DID documents, status lists, issuer profiles, contexts. */
  declare documents: VerifyOptions['documents'];
  /** Further options passed to the engine as they are (`fetch`, `timeoutMs`, `anchorExplorer`, ...); the attributes win. */
  declare options: Omit<VerifyOptions, 'signal'> | undefined;
  /** The instant to judge validity at, as an ISO 8601 date. Default: now. */
  declare now: string | undefined;
  /** Retrieve nothing from the network; only `documents` are used. Default: false. */
  declare offline: boolean;
  /** The URL of a trust list (mc-verify's format or a DCC issuer registry) that confirms issuers' identities. */
  declare trust: string | undefined;
  /** The UI language (the `lang` attribute). Default: the page's language, then the browser's, then English. */
  declare language: string | undefined;
  /** An email address (or URL) to compare with the hashed recipient identity of Open Badges 2.0 and 3.0. */
  declare recipient: string | undefined;
  /** The compact layout: verdict, name and issuer, with the rest behind a button. Default: false. */
  declare compact: boolean;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). Default: `auto`. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** The level of the verdict heading, 2 to 6, to fit the page's outline. Default: 2. */
  declare headingLevel: number;
  /** Let the engine fetch from localhost, for development and tests. Default: false. */
  declare allowLoopback: boolean;

  #view: View = { kind: 'idle' };
  readonly #language = new LanguageChoice(() => this.requestUpdate());
  #run = 0;
  #controller: AbortController | undefined;
  #interrupted = false;
  #scriptText: string | undefined;
  #observer: MutationObserver | undefined;

  constructor() {
    super();
    this.offline = false;
    this.compact = false;
    this.allowLoopback = false;
    this.headingLevel = 2;
  }

  /** The verdict of the report shown, if any. */
  get verdict(): Verdict | undefined {
    return this.#view.kind === 'done' ? this.#view.report.verdict : undefined;
  }

  /** The report shown, if any: one this element produced, or the one given as `report`. */
  get currentReport(): VerificationReport | undefined {
    return this.#view.kind === 'done' ? this.#view.report : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer ??= new MutationObserver(() => this.#onChildrenChanged());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    // A verification cut short by removal from the page starts again when the element comes back.
    if (this.#interrupted) void this.verify();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    if (this.#view.kind === 'checking') {
      this.#interrupted = true;
      this.#run++;
      this.#controller?.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('language')) this.#language.choose(this.language);
    if (!this.hasUpdated || VERIFY_INPUTS.some((name) => changed.has(name))) void this.verify();
  }

  /**
   * Verifies the credential again (or renders `report`). A verification still running is aborted
   * and its result ignored. Resolves with the report, or undefined when there was nothing to
   * verify, verification could not run, or a newer verification replaced this one.
   */
  async verify(): Promise<VerificationReport | undefined> {
    this.#controller?.abort();
    this.#interrupted = false;
    const run = ++this.#run;
    if (this.report) {
      this.#controller = undefined;
      this.#show({ kind: 'done', report: this.report });
      return this.report;
    }
    let input: Input | undefined;
    try {
      input = this.#readInput();
    } catch (error) {
      if (error instanceof InputError) return this.#fail(error.reason, error.message);
      throw error;
    }
    if (!input) {
      this.#controller = undefined;
      this.#show({ kind: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    this.#controller = controller;
    const progress: { kind: 'checking'; finished: CheckResult[] } = { kind: 'checking', finished: [] };
    this.#show(progress);
    this.dispatchEvent(new McVerifyStartEvent(input.src === undefined ? { input: input.kind } : { input: input.kind, src: input.src }));

    let engine: Awaited<ReturnType<typeof loadEngine>>;
    try {
      engine = await loadEngine();
    } catch (error) {
      return run === this.#run ? this.#fail('engine-unavailable', String(error)) : undefined;
    }
    let trust: NamedTrustList | undefined;
    try {
      trust = this.trust ? await loadTrustList(new URL(this.trust, document.baseURI).href, this.#fetcher()) : undefined;
    } catch (error) {
      return run === this.#run ? this.#fail('trust-list', String(error)) : undefined;
    }
    if (run !== this.#run) return undefined;
    try {
      const onCheck = (result: CheckResult): void => {
        if (run !== this.#run) return;
        progress.finished.push(result);
        this.requestUpdate();
      };
      const report = await engine.verify(input.value, { ...this.#verifyOptions(controller.signal, trust), onCheck });
      // A newer verification (a new src, a new credential) started meanwhile: this result is stale.
      if (run !== this.#run) return undefined;
      this.#controller = undefined;
      this.#show({ kind: 'done', report });
      this.dispatchEvent(new McVerifyCompleteEvent({ report }));
      return report;
    } catch (error) {
      return run === this.#run ? this.#fail('failed', error instanceof Error ? error.message : String(error)) : undefined;
    }
  }

  protected override render(): TemplateResult {
    const labels = this.#language.labels;
    const view = this.#view;
    if (!labels) return html`<div class="base" part="base" data-state="idle"><div class="live" role="status" aria-live="polite" aria-atomic="true"></div></div>`;
    const ctx = renderContext({ labels, lang: labels.lang, compact: this.compact, headingLevel: this.headingLevel });
    let banner: TemplateResult | typeof nothing = nothing;
    let body: TemplateResult | typeof nothing = nothing;
    if (view.kind === 'checking') {
      banner = progressBanner(ctx);
      body = progressBody(ctx, view.finished);
    } else if (view.kind === 'done') {
      banner = verdictBanner(view.report, ctx);
      body = reportBody(view.report, ctx);
    } else if (view.kind === 'error') {
      banner = errorView(view.reason, ctx);
    }
    // The live region stays in place across states, so the verdict replacing "Checking…" is announced.
    return html`<div class="base report ${this.compact ? 'report--compact' : 'report--full'}" part="base" data-state=${view.kind} lang=${labels.lang}>
      <div class="live" role="status" aria-live="polite" aria-atomic="true">${banner}</div>
      ${body}
      <slot name="footer"></slot>
    </div>`;
  }

  #show(view: View): void {
    this.#view = view;
    this.requestUpdate();
  }

  #fail(reason: ErrorReason, message: string): undefined {
    this.#controller = undefined;
    this.#show({ kind: 'error', reason });
    this.dispatchEvent(new McVerifyErrorEvent({ reason, message }));
    return undefined;
  }

  #readInput(): Input | undefined {
    const credential = this.credential;
    if (credential !== undefined && credential !== null && credential !== '') return { kind: 'credential', value: credential };
    if (this.src !== undefined && this.src.trim() !== '') {
      let url: URL;
      try {
        url = new URL(this.src.trim(), document.baseURI);
      } catch {
        throw new InputError('unsafe-src', `src ${JSON.stringify(this.src)} is not a URL`);
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError('unsafe-src', `src ${JSON.stringify(this.src)} is not an http(s) URL`);
      return { kind: 'src', value: url.href, src: url.href };
    }
    const script = this.#scriptCredential();
    this.#scriptText = script;
    return script === undefined ? undefined : { kind: 'script', value: script };
  }

  #scriptCredential(): string | undefined {
    const text = this.querySelector(SCRIPT_SELECTOR)?.textContent?.trim();
    return text ? text : undefined;
  }

  #onChildrenChanged(): void {
    if (this.report || this.credential || this.src) return;
    if (this.#scriptCredential() !== this.#scriptText) void this.verify();
  }

  #fetcher(): FetchLike {
    return this.options?.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  #verifyOptions(signal: AbortSignal, trust: NamedTrustList | undefined): VerifyOptions {
    const options: VerifyOptions = { ...this.options, signal, offline: this.offline || (this.options?.offline ?? false) };
    if (this.now) options.now = this.now;
    if (this.documents) options.documents = this.documents;
    if (this.recipient) options.recipient = this.recipient;
    if (this.allowLoopback) options.allowLoopback = true;
    if (trust) options.trust = [...(this.options?.trust ?? []), trust];
    return options;
  }

}

if (!customElements.get('mc-verify')) customElements.define('mc-verify', McVerify);

declare global {
  interface HTMLElementTagNameMap {
    'mc-verify': McVerify;
  }
}
