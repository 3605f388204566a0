/**
 * Shared helpers for the element tests: corpus credentials, engine reports, waiting for the
 * element, and reading its shadow DOM as a semantic snapshot.
 */
import { documents, now } from 'virtual:corpus';
import { verify, type VerificationReport, type VerifyOptions } from '../../components/core/index.ts';
import type { McVerify } from '../../components/mc-verify/mc-verify.ts';

export { documents, now };

/** Options every corpus verification uses: the corpus clock and documents, nothing from the network. */
export const corpusOptions = (): VerifyOptions => ({ now, offline: true, documents });

/** A report produced by the engine for a corpus credential. */
export function corpusReport(credential: string, options: VerifyOptions = {}): Promise<VerificationReport> {
  return verify(credential, { ...corpusOptions(), ...options });
}

/** Resolves with the next `mc-verify-complete` report of `element`. */
export function nextReport(element: McVerify): Promise<VerificationReport> {
  return new Promise((resolve) => element.addEventListener('mc-verify-complete', (event) => resolve(event.detail.report), { once: true }));
}

/** Waits for `ms` milliseconds, for things that should not happen. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds, polling each animation frame, or fails after `timeout` ms. */
export async function until(condition: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The element's shadow root, which every test needs. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a reader perceives: verdict, headings, facts, checks, links. Compared as plain data. */
export interface SemanticSnapshot {
  verdict: string | null;
  title: string;
  headings: string[];
  facts: [string, string][];
  checks: [string, string][];
  links: string[];
}

/** The semantic snapshot of a rendered report. */
export function snapshot(root: ShadowRoot | Element): SemanticSnapshot {
  const all = <T extends Element>(selector: string): T[] => [...root.querySelectorAll<T>(selector)];
  return {
    verdict: root.querySelector('.verdict')?.getAttribute('data-verdict') ?? null,
    title: text(root.querySelector('.verdict__title')),
    headings: all('h2, h3, h4, h5, h6').map((h) => `${h.localName} ${text(h)}`),
    facts: all('.facts > div').map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]),
    checks: all('.check').map((check) => [check.getAttribute('data-check') ?? '', check.getAttribute('data-state') ?? '']),
    links: all<HTMLAnchorElement>('a[href]').map((a) => a.href),
  };
}
