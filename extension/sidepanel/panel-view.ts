/**
 * The side panel's view: the profile summary, then per credential the verdict chip, when it was
 * checked, what the page's entry says, the claim check, the full `<mc-verify>` rendering of the
 * worker's report (`.report = report`), and the actions. Everything shown comes from the worker's
 * state; the page's words appear only under "the entry says". Names are shown without bidi controls
 * or invisible characters (research/security.md §6 F #79), as `<mc-verify>` shows them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Text } from '../../components/core/index.ts';
import type { Labels } from '../../components/mc-verify/labels/labels.ts';
import { cleanName, formatDate, pickText } from '../../components/mc-verify/templates/text.ts';
import { iconFor } from '../../components/mc-verify/templates/icons.ts';
import { verdictChip } from '../../components/mc-verify/templates/verdict.ts';
import type { EntryState, TabState } from '../messaging/protocol.ts';
import { entryKind, summaryCounts, summarySentence } from './profile-summary.ts';

export interface PanelHandlers {
  exportReceipt(entry: EntryState): void;
  recheck(entry: EntryState): void;
  allowAccess(entry: EntryState, origins: readonly string[]): void;
  checkPage(): void;
  verifyByHand(url: string, target: 'link' | 'image'): void;
}

export interface PanelModel {
  state: TabState | null;
  labels: Labels;
  /** Sites each entry could not be checked without, that the user has not allowed. */
  accessNeeded: ReadonlyMap<string, readonly string[]>;
  /** A message about the last action, if any. */
  notice?: string;
}

const ORIGIN_NAMES: Readonly<Record<EntryState['origin'], string>> = {
  'linkedin-entry': 'LinkedIn certification entry',
  'platform-link': 'credential link',
  'credly-embed': 'Credly badge embed',
  'blockcerts-verifier': 'Blockcerts certificate',
  'credential-json': 'credential file link',
  'context-menu': 'chosen with “Verify this credential”',
  panel: 'checked by hand',
};

export function panelView(model: PanelModel, handlers: PanelHandlers): TemplateResult {
  const { state } = model;
  const entries = state?.entries ?? [];
  const counts = summaryCounts(entries);
  return html`
    <header class="panel-header">
      <p class="brand">${iconFor('shield')}<span>mc-verify</span></p>
      <h1 class="summary" data-testid="summary" aria-live="polite">${summarySentence(counts)}</h1>
      ${state?.profileName ? html`<p class="profile">Profile: <strong>${cleanName(state.profileName).text}</strong></p>` : nothing}
      ${state?.pageUrl ? html`<p class="page" title=${state.pageUrl}>Page: ${pageLabel(state.pageUrl)}</p>` : nothing}
      <p class="authority">
        This panel belongs to the mc-verify extension and shows only its own checks; the page cannot change it. Chips on the page are
        hints that open this panel.
      </p>
    </header>
    ${model.notice ? html`<p class="notice" role="status">${model.notice}</p>` : nothing}
    ${entries.length === 0
      ? html`<section class="empty">
          <p>No credentials found on this page yet. On LinkedIn profiles they are found as the page loads; on other pages, check them here.</p>
          <button type="button" class="primary" @click=${() => handlers.checkPage()}>Check the links on this page</button>
        </section>`
      : html`<ol class="entries">
          ${entries.map((entry) => entryView(entry, model, handlers, state?.focusKey === entry.key))}
        </ol>`}
    ${byHandForm(handlers)}
  `;
}

function entryView(entry: EntryState, model: PanelModel, handlers: PanelHandlers, focused: boolean): TemplateResult {
  const language = model.state?.language ?? 'en';
  const kind = entryKind(entry);
  const report = entry.checked?.report;
  const needed = model.accessNeeded.get(entry.key) ?? [];
  return html`<li class="entry ${focused ? 'entry--focused' : ''}" data-key=${entry.key} data-kind=${kind}>
    <div class="entry__head">
      ${verdictChip(entryKind(entry), model.labels)}
      <h2 class="entry__title">${cleanName(entryTitle(entry, language)).text}</h2>
    </div>
    <p class="entry__meta">
      ${ORIGIN_NAMES[entry.origin]}${entry.checked
        ? html` · checked <time datetime=${entry.checked.verifiedAt}>${formatTime(entry.checked.verifiedAt, language)}</time>`
        : html` · checking…`}
    </p>
    ${claimsView(entry)}
    ${entry.claimWarnings.length > 0
      ? html`<ul class="claim-check" aria-label="Claim check">
          ${entry.claimWarnings.map((warning) => html`<li class="claim claim--${warning.severity}" data-kind=${warning.kind}>${iconFor(warning.severity === 'warning' ? 'warning' : 'info')}<span>${warning.message}</span></li>`)}
        </ul>`
      : nothing}
    ${report ? html`<mc-verify class="entry__report" .report=${report} lang=${language} heading-level="3"></mc-verify>` : nothing}
    <div class="entry__actions">
      ${report ? html`<button type="button" @click=${() => handlers.exportReceipt(entry)}>Export verification receipt</button>` : nothing}
      ${report ? html`<button type="button" @click=${() => handlers.recheck(entry)}>Check again</button>` : nothing}
      ${needed.length > 0
        ? html`<button type="button" class="primary" @click=${() => handlers.allowAccess(entry, needed)}>
            Allow access to ${needed.map((origin) => new URL(origin).hostname).join(', ')} and check again
          </button>`
        : nothing}
    </div>
    <p class="entry__link">Link: <code>${entry.foundAs[0] ?? entry.key}</code></p>
  </li>`;
}

function entryTitle(entry: EntryState, language: string): string {
  const credential = entry.checked?.report.credential;
  const verified = textOf(credential?.achievement?.name, language) ?? textOf(credential?.name, language);
  if (verified) return verified;
  if (entry.claims?.name) return `${entry.claims.name} (as the entry says)`;
  try {
    return new URL(entry.key).hostname || entry.key;
  } catch {
    return entry.target === 'image' ? 'Badge image' : entry.key;
  }
}

function claimsView(entry: EntryState): TemplateResult | typeof nothing {
  const claims = entry.claims;
  if (!claims || Object.keys(claims).length === 0) return nothing;
  const rows: [string, string | undefined][] = [
    ['Name', claims.name],
    ['Issuer', claims.issuer],
    ['Issued', claims.issued],
    ['Expires', claims.expires],
    ['Credential ID', claims.credentialId],
  ];
  return html`<details class="entry-says">
    <summary>What the page's entry says</summary>
    <dl>
      ${rows.filter(([, value]) => value !== undefined).map(([term, value]) => html`<dt>${term}</dt><dd>${cleanName(value ?? '').text}</dd>`)}
    </dl>
  </details>`;
}

function byHandForm(handlers: PanelHandlers): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const url = String(data.get('url') ?? '').trim();
    if (url) handlers.verifyByHand(url, data.get('target') === 'image' ? 'image' : 'link');
  };
  return html`<details class="by-hand">
    <summary>Check a credential link or badge image by hand</summary>
    <form @submit=${submit}>
      <label>Address <input name="url" type="url" required placeholder="https://…" /></label>
      <fieldset>
        <legend>It is</legend>
        <label><input type="radio" name="target" value="link" checked /> a credential link</label>
        <label><input type="radio" name="target" value="image" /> a badge image</label>
      </fieldset>
      <button type="submit">Check</button>
    </form>
  </details>`;
}

function textOf(text: Text | undefined, language: string): string | undefined {
  const picked = pickText(text, language)?.value.trim();
  return picked ? picked : undefined;
}

function pageLabel(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    return `${url.hostname}${url.pathname}`;
  } catch {
    return pageUrl;
  }
}

function formatTime(iso: string, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  } catch {
    return formatDate(iso, language);
  }
}
