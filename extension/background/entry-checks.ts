/**
 * Checking a tab's entries: each entry's credential goes to the verification service, and when
 * the verdict arrives it is stored with the entry, sent to the page's chips and announced to the
 * side panel. One check per entry at a time; a page that changed meanwhile gets nothing.
 */
import type { UiLanguage } from '../../components/mc-verify/labels/labels.ts';
import { LINK_SOURCES, type CheckedCredential, type LinkSource, type TabStateChangedMessage, type WorkerToContentMessage } from '../messaging/protocol.ts';
import { chipVerdict } from '../verdicts/chip-words.ts';
import { dataUrlBytes } from './data-url-image.ts';
import type { EntryRecord, TabStore } from './tab-store.ts';
import type { CheckOptions, VerificationService } from './verification-service.ts';

export interface EntryChecksDeps {
  service: VerificationService;
  tabs: TabStore;
  language: () => Promise<UiLanguage>;
  sendToTab: (tabId: number, message: WorkerToContentMessage) => Promise<unknown>;
  broadcast: (message: TabStateChangedMessage) => void;
}

export interface EntryChecks {
  /** Checks an entry; resolves once its verdict is stored and sent. */
  start(tabId: number, entry: EntryRecord, options?: CheckOptions): Promise<void>;
  /** Verifies the text of a QR code read from an image entry, in place of the image's own result. */
  startQrText(tabId: number, entry: EntryRecord, text: string): Promise<void>;
  /** Entries of the record that have no verdict and no check under way (after a worker restart). */
  resume(tabId: number, entries: readonly EntryRecord[]): void;
  /** Resolves when no check is under way. */
  whenIdle(): Promise<void>;
}

const isLinkSource = (origin: string): origin is LinkSource => LINK_SOURCES.includes(origin as LinkSource);

export function createEntryChecks(deps: EntryChecksDeps): EntryChecks {
  const running = new Map<string, Promise<void>>();

  async function settle(tabId: number, key: string, checked: CheckedCredential): Promise<void> {
    let settled: EntryRecord | undefined;
    await deps.tabs.update(tabId, (record) => {
      settled = record.entries.find((entry) => entry.key === key);
      if (settled) settled.checked = checked;
    });
    if (!settled) return;
    if (isLinkSource(settled.origin)) {
      const language = await deps.language();
      const verdicts = settled.foundAs.map((href) => chipVerdict(href, checked.report, language));
      // The page may have gone; its chips then need nothing.
      await deps.sendToTab(tabId, { type: 'verdicts', verdicts }).catch(() => undefined);
    }
    deps.broadcast({ type: 'tab-state-changed', tabId });
  }

  function verifyEntry(entry: EntryRecord, options: CheckOptions): Promise<CheckedCredential> {
    const input = entry.checked?.input;
    if (input?.kind === 'qr-text') return deps.service.checkInput(`qr:${input.text}`, input.text, input, options);
    if (entry.dataUrl !== undefined) {
      return deps.service.checkInput(entry.key, dataUrlBytes(entry.dataUrl), { kind: 'image', url: `${entry.dataUrl.slice(0, 48)}…` }, options);
    }
    return deps.service.checkUrl(entry.key, entry.target === 'image' ? 'image' : 'url', options);
  }

  function track(tabId: number, key: string, task: () => Promise<CheckedCredential>, fresh: boolean): Promise<void> {
    const id = `${tabId}\n${key}`;
    const current = running.get(id);
    if (current && !fresh) return current;
    const done: Promise<void> = task()
      .then((checked) => settle(tabId, key, checked))
      .catch(() => undefined)
      .finally(() => {
        if (running.get(id) === done) running.delete(id);
      });
    running.set(id, done);
    return done;
  }

  const start = (tabId: number, entry: EntryRecord, options: CheckOptions = {}): Promise<void> =>
    track(tabId, entry.key, () => verifyEntry(entry, options), options.fresh ?? false);

  return {
    start,
    startQrText: (tabId, entry, text) =>
      track(tabId, entry.key, () => deps.service.checkInput(`qr:${text}`, text, { kind: 'qr-text', text, imageUrl: entry.dataUrl ? 'an inline image' : entry.key }), true),
    resume(tabId, entries) {
      for (const entry of entries) {
        if (!entry.checked && !running.has(`${tabId}\n${entry.key}`)) void start(tabId, entry);
      }
    },
    async whenIdle() {
      while (running.size > 0) await Promise.all(running.values());
    },
  };
}
