/**
 * "Preview as a recruiter": `<mc-scan>` verifies what the learner gives it, the way the extension
 * verifies (current time, online, no trust list; the demo's documents answer for its own samples).
 * Its report feeds the LinkedIn-style entry with the chip, the fix-it advice, and the full report.
 */
import type { VerificationReport } from '../../../components/core/index.ts';
import { deriveAdvice } from '../advice/derive-advice.ts';
import { renderAdvice } from '../preview/advice-view.ts';
import { linkedinEntry } from '../preview/linkedin-entry.ts';
import { loadLabels, type McScan, type McVerify } from '../site/elements.ts';
import '../site/scanner.ts';
import { sampleHostDocuments } from '../site/documents.ts';
import { startPage, type PageContext } from '../site/page.ts';

const scanner = document.querySelector<McScan>('#scanner');
const status = document.querySelector<HTMLElement>('#result-status');
const waiting = document.querySelector<HTMLElement>('#result-waiting');
const body = document.querySelector<HTMLElement>('#result-body');
const entrySlot = document.querySelector<HTMLElement>('#linkedin-entry');
const summary = document.querySelector<HTMLElement>('#advice-summary');
const list = document.querySelector<HTMLOListElement>('#advice-list');
const recruiterView = document.querySelector<McVerify>('#recruiter-view');

type State = { kind: 'waiting' } | { kind: 'checking' } | { kind: 'failed' } | { kind: 'done'; report: VerificationReport; link: string | undefined; checkedAt: Date };

let state: State = { kind: 'waiting' };
let drawn = 0;
/** A sample button was pressed: once its result is drawn, bring it into view (on narrow screens it is far below). */
let revealResult = false;

async function draw(context: PageContext): Promise<void> {
  if (!status || !waiting || !body || !entrySlot || !summary || !list || !recruiterView) return;
  const run = ++drawn;
  const { text, language } = context;
  waiting.hidden = state.kind !== 'waiting';
  body.hidden = state.kind !== 'done';
  body.parentElement?.setAttribute('aria-busy', String(state.kind === 'checking'));
  if (state.kind === 'waiting') {
    status.textContent = '';
    return;
  }
  if (state.kind === 'checking' || state.kind === 'failed') {
    status.textContent = state.kind === 'checking' ? text.preview.checking : text.preview.couldNotRun;
    return;
  }
  const { report, link, checkedAt } = state;
  const labels = await loadLabels(language);
  if (run !== drawn) return;
  const items = deriveAdvice(report, checkedAt);
  entrySlot.replaceChildren(linkedinEntry({ report, labels, text, language, ...(link ? { link } : {}) }));
  renderAdvice(list, items, text, labels, language);
  list.hidden = items.length === 0;
  summary.textContent = items.length === 0 ? text.preview.adviceNone : text.preview.adviceSummary(items.length);
  recruiterView.report = report;
  status.textContent = text.preview.announce(labels.verdicts[report.verdict].title, items.length);
  status.dataset.verdict = report.verdict;
  if (revealResult) {
    revealResult = false;
    const result = body.parentElement;
    if (result && result.getBoundingClientRect().top > window.innerHeight * 0.5) result.scrollIntoView({ block: 'start' });
  }
}

const context = await startPage((current) => void draw(current));

if (scanner) {
  scanner.documents = sampleHostDocuments(context.documents);
  scanner.addEventListener('mc-scan-found', () => {
    state = { kind: 'checking' };
    void draw(context);
  });
  scanner.addEventListener('mc-verify-complete', (event) => {
    state = { kind: 'done', report: event.detail.report, link: event.detail.report.source.url, checkedAt: new Date() };
    void draw(context);
  });
  scanner.addEventListener('mc-verify-error', () => {
    state = { kind: 'failed' };
    void draw(context);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preview-url]')) {
    button.addEventListener('click', () => {
      revealResult = true;
      scanner.verifyText(button.dataset.previewUrl ?? '');
    });
  }
}

