/**
 * The element benchmark's page and the functions it runs inside it (through Playwright's
 * `page.evaluate`, which sends each function's source to the page: they use nothing from outside
 * their own bodies but the page's globals).
 */
import type { McVerify } from '../../components/mc-verify/mc-verify.ts';

/**
 * The bench page: the production bundle from one script tag, and when `<mc-verify>` got defined.
 * tsx compiles this file with esbuild's keepNames, which wraps the functions below that get a name
 * from where they stand (`{ fetch: () => ... }`) in a `__name` helper that only Node has; the page
 * gets one that does nothing.
 */
export const BENCH_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>mc-verify element benchmark</title>
    <script>
      window.__name = (target) => target;
      customElements.whenDefined('mc-verify').then(() => { window.mcBenchDefinedMs = performance.now(); });
    </script>
    <script type="module" src="/mc-verify/mc-verify.js"></script>
  </head>
  <body></body>
</html>
`;

/** `/documents.json`: the corpus documents, the element's `documents`; bytes travel as base64. */
export interface DocumentsPayload {
  json: Record<string, unknown>;
  base64: Record<string, string>;
}

export interface ElementRun {
  src: string;
  now: string;
}

/** Milliseconds from appending the element (`performance.now()` just before) to each point. */
export interface ElementTiming {
  verdict: string;
  /** The verdict the rendered banner shows. */
  shown: string | null;
  /** `mc-verify-complete` fired. */
  verdictMs: number;
  /** The element's update after it resolved: the verdict is in its shadow DOM. */
  renderedMs: number;
  /** The next animation frame after that, when the verdict is painted (frames come every ~16.7 ms). */
  frameMs: number;
}

interface BenchWindow {
  mcBenchDefinedMs?: number;
  mcBenchDocuments?: McVerify['documents'];
}

/**
 * In the page: waits for `<mc-verify>`, loads the documents every element is given, and resolves
 * with the milliseconds from navigation to the element's definition (HTML and initial bundle).
 */
export async function preloadDocuments(): Promise<number> {
  await customElements.whenDefined('mc-verify');
  const bench = window as Window & BenchWindow;
  const { json, base64 } = (await (await fetch('/documents.json')).json()) as DocumentsPayload;
  const documents = new Map<string, unknown>(Object.entries(json));
  for (const [url, text] of Object.entries(base64)) documents.set(url, Uint8Array.from(atob(text), (character) => character.charCodeAt(0)));
  bench.mcBenchDocuments = documents;
  return bench.mcBenchDefinedMs ?? Number.NaN;
}

/** In the page: appends a new `<mc-verify src>` and times it until its verdict is rendered. */
export async function connectAndWait({ src, now }: ElementRun): Promise<ElementTiming> {
  const documents = (window as Window & BenchWindow).mcBenchDocuments;
  if (!documents) throw new Error('the documents were not preloaded');
  const origin = location.origin;
  const element = document.createElement('mc-verify');
  element.now = now;
  element.allowLoopback = true;
  element.documents = documents;
  // Whatever is not preloaded may come from the bench's own server only: nothing reaches the internet.
  element.options = { fetch: (input, init) => (new URL(input).origin === origin ? fetch(input, init) : Promise.reject(new TypeError(`the benchmark refuses ${input}`))) };
  element.src = src;
  const complete = new Promise<string>((resolve, reject) => {
    element.addEventListener('mc-verify-complete', (event) => resolve(event.detail.report.verdict), { once: true });
    element.addEventListener('mc-verify-error', (event) => reject(new Error(`${event.detail.reason}: ${event.detail.message}`)), { once: true });
  });
  const started = performance.now();
  document.body.append(element);
  const verdict = await complete;
  const verdictMs = performance.now() - started;
  await element.updateComplete;
  const renderedMs = performance.now() - started;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const frameMs = performance.now() - started;
  const shown = element.shadowRoot?.querySelector('.verdict')?.getAttribute('data-verdict') ?? null;
  element.remove();
  return { verdict, shown, verdictMs, renderedMs, frameMs };
}
