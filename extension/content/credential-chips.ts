/**
 * The content script: it only detects and renders. It asks the worker whether to check this page,
 * scans once, then follows lazily loaded sections and single-page navigation; each credential
 * link gets a chip that says "checking" until the worker's verdict arrives. Work runs in idle
 * slices; links go to the worker in batches; the worker decides every verdict.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_LINKS_PER_MESSAGE, parseWorkerToContentMessage, type ChipVerdict, type FoundLink, type PageSettings } from '../messaging/protocol.ts';
import type { MessageSender } from '../messaging/trusted-sender.ts';
import { absoluteHref } from '../linkedin/external-link.ts';
import { createChip, type Chip } from './chip-host.ts';
import { anchorCandidate, scanParts, type Candidate } from './find-candidates.ts';
import { createIdleSlices, type IdleDeadline } from './idle-slices.ts';
import { watchPage } from './page-watcher.ts';
import { askPageSettings, askToCheck, askToOpenPanel } from './worker-client.ts';

/** How often a chip the page removed is put back; a page that keeps removing it wins. */
const MAX_REATTACH = 3;

interface Tracked {
  href: string;
  chip: Chip;
  reported: boolean;
  reattached: number;
}

type Work = { kind: 'candidate'; candidate: Candidate } | { kind: 'anchor'; element: Element };

export async function startCredentialChips(ctx: ContentScriptContext): Promise<void> {
  const settings = await askPageSettings();
  if (!settings || ctx.isInvalid) return;
  const chips = createChipController(ctx, settings);
  const onMessage = (message: unknown, sender: MessageSender) => {
    // Only the worker: it sends without a tab.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const parsed = parseWorkerToContentMessage(message);
    if (!parsed.ok) return;
    if (parsed.message.type === 'scan-page') chips.start();
    else chips.apply(parsed.message.verdicts);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  if (settings.scan) chips.start();
}

interface ChipController {
  start(): void;
  apply(verdicts: readonly ChipVerdict[]): void;
}

function createChipController(ctx: ContentScriptContext, settings: PageSettings): ChipController {
  const tracked = new Map<Element, Tracked>();
  const chipsByHref = new Map<string, Set<Chip>>();
  const known = new Map<string, ChipVerdict>();
  // Anchors already found not to be credential links, with the href they had then.
  const notCredentials = new WeakMap<Element, string>();
  let toReport: FoundLink[] = [];
  let profileName: string | undefined;
  let started = false;
  let scanRequested = false;

  const requestIdle = (callback: (deadline: IdleDeadline) => void) => {
    if (typeof window.requestIdleCallback === 'function') ctx.requestIdleCallback(callback, { timeout: 1000 });
    else ctx.setTimeout(() => callback({ timeRemaining: () => 8 }), 0);
  };

  const checking = (href: string): ChipVerdict => ({ href, kind: 'checking', label: settings.checkingLabel, reason: settings.checkingReason });

  function apply(verdicts: readonly ChipVerdict[]): void {
    for (const verdict of verdicts) {
      known.set(verdict.href, verdict);
      for (const chip of chipsByHref.get(verdict.href) ?? []) chip.show(verdict);
    }
  }

  function place(candidate: Candidate): void {
    const current = tracked.get(candidate.element);
    if (current && current.href === candidate.href) {
      if (current.reattached < MAX_REATTACH && current.chip.reattach(candidate.element)) current.reattached++;
      if (!current.reported) report(current, candidate);
      return;
    }
    if (current) forget(candidate.element, current);
    const { href } = candidate;
    const chip = createChip(candidate.element, known.get(href) ?? checking(href), () => askToOpenPanel(href));
    const entry: Tracked = { href, chip, reported: false, reattached: 0 };
    tracked.set(candidate.element, entry);
    let sameHref = chipsByHref.get(href);
    if (!sameHref) chipsByHref.set(href, (sameHref = new Set()));
    sameHref.add(chip);
    report(entry, candidate);
  }

  function report(entry: Tracked, candidate: Candidate): void {
    entry.reported = true;
    const link: FoundLink = { href: candidate.href, source: candidate.source };
    if (candidate.claims && Object.keys(candidate.claims).length > 0) link.claims = candidate.claims;
    toReport.push(link);
  }

  function forget(element: Element, entry: Tracked): void {
    entry.chip.host.remove();
    chipsByHref.get(entry.href)?.delete(entry.chip);
    tracked.delete(element);
  }

  /** Sends what was found to the worker, in batches the protocol accepts. */
  function flush(): void {
    while (toReport.length > 0) {
      const links = toReport.slice(0, MAX_LINKS_PER_MESSAGE);
      toReport = toReport.slice(MAX_LINKS_PER_MESSAGE);
      const request = profileName && links.some((link) => link.source === 'linkedin-entry') ? { links, profileName } : { links };
      void askToCheck(request).then((response) => {
        if (response && ctx.isValid) apply(response.verdicts);
      });
    }
  }

  function process(work: Work): void {
    if (work.kind === 'candidate') return place(work.candidate);
    const href = work.element.getAttribute('href');
    if (href !== null && notCredentials.get(work.element) === href) return;
    const candidate = anchorCandidate(work.element);
    if (candidate) place(candidate);
    else if (href !== null) notCredentials.set(work.element, href);
  }

  const slices = createIdleSlices<Work>(requestIdle, process, flush);

  /** Cheap: collects what may need work; classification and rendering happen in idle slices. */
  function scan(): void {
    for (const [element, entry] of tracked) {
      if (!element.isConnected) forget(element, entry);
    }
    const parts = scanParts(document, location.pathname);
    if (parts.profileName) profileName = parts.profileName;
    const work: Work[] = parts.fixed.map((candidate) => ({ kind: 'candidate', candidate }));
    for (const element of parts.anchors) {
      const href = element.getAttribute('href');
      if (href !== null && notCredentials.get(element) === href) continue;
      const entry = tracked.get(element);
      // Already has its chip, reported, in place, with the same href: nothing to do.
      if (entry && entry.reported && entry.chip.host.isConnected && entry.href === absoluteHref(element)) continue;
      work.push({ kind: 'anchor', element });
    }
    slices.push(work);
  }

  function scheduleScan(): void {
    if (scanRequested || ctx.isInvalid) return;
    scanRequested = true;
    requestIdle(() => {
      scanRequested = false;
      scan();
    });
  }

  return {
    apply,
    start() {
      if (started) return scheduleScan();
      started = true;
      scan();
      watchPage({ root: document.documentElement, signal: ctx.signal, onChange: scheduleScan });
      // A new page in a single-page app: every link is reported again for the new page.
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        for (const entry of tracked.values()) entry.reported = false;
        profileName = undefined;
        scheduleScan();
      });
    },
  };
}
