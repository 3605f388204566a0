/**
 * What the worker knows per tab: the page (by the URL the browser reports, never the page's own
 * word), the credential entries found on it, and the worker's own verdict for each. Kept in
 * memory and mirrored to storage.session, which content scripts cannot read by default (Chrome
 * storage docs, "storage.session"), so a restarted service worker picks up where it stopped.
 */
import type { CheckedCredential, EntryClaims, EntryOrigin } from '../messaging/protocol.ts';

/** Entries per page at most; a page listing more is not a profile (research/security.md §6 G #85). */
export const MAX_ENTRIES_PER_PAGE = 300;

export interface EntryRecord {
  key: string;
  foundAs: string[];
  origin: EntryOrigin;
  /** A link to a credential, or an image that may carry one baked in. */
  target: 'link' | 'image';
  /** An image given inline (a data: URL), kept to verify its bytes again; the key is its digest. */
  dataUrl?: string;
  claims?: EntryClaims;
  checked?: CheckedCredential;
}

export interface TabRecord {
  tabId: number;
  pageUrl?: string;
  profileName?: string;
  entries: EntryRecord[];
  focusKey?: string;
  /** The user asked to check this page (side panel button), so its content script scans. */
  checkRequested?: boolean;
}

/** The part of a storage area the store uses (browser.storage.session has it). */
export interface SessionArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export interface TabStore {
  get(tabId: number): Promise<TabRecord | undefined>;
  /** The tab's record for this page; a different page (not counting the #fragment) starts a new one. */
  forPage(tabId: number, pageUrl: string): Promise<TabRecord>;
  /** Changes a tab's record and saves it; the change function may mutate the record. */
  update(tabId: number, change: (record: TabRecord) => void): Promise<TabRecord>;
  remove(tabId: number): Promise<void>;
  /** Resolves when every change so far is in storage. */
  whenSaved(): Promise<void>;
}

const storageKey = (tabId: number) => `tab:${tabId}`;

const samePage = (a: string | undefined, b: string): boolean => a !== undefined && a.split('#')[0] === b.split('#')[0];

export function createTabStore(area: SessionArea): TabStore {
  const records = new Map<number, Promise<TabRecord>>();
  // Saves run one after another so an older state never overwrites a newer one.
  let saving: Promise<void> = Promise.resolve();
  // Tabs with a save queued but not started: that save copies the record when it starts, so later
  // changes ride along instead of queueing a copy each (200 verdicts made 200 growing copies).
  const queued = new Set<number>();

  const load = (tabId: number): Promise<TabRecord> => {
    let record = records.get(tabId);
    if (!record) {
      record = area.get(storageKey(tabId)).then(
        (items) => readRecord(items[storageKey(tabId)], tabId),
        () => ({ tabId, entries: [] }),
      );
      records.set(tabId, record);
    }
    return record;
  };

  const save = (record: TabRecord): void => {
    if (queued.has(record.tabId)) return;
    queued.add(record.tabId);
    saving = saving
      .then(() => {
        queued.delete(record.tabId);
        return area.set({ [storageKey(record.tabId)]: structuredClone(record) });
      })
      .catch(() => undefined);
  };

  const update = async (tabId: number, change: (record: TabRecord) => void): Promise<TabRecord> => {
    const record = await load(tabId);
    change(record);
    save(record);
    return record;
  };

  return {
    async get(tabId) {
      const record = await load(tabId);
      return record.pageUrl === undefined && record.entries.length === 0 ? undefined : record;
    },
    forPage: (tabId, pageUrl) =>
      update(tabId, (record) => {
        if (samePage(record.pageUrl, pageUrl)) {
          record.pageUrl = pageUrl;
          return;
        }
        record.pageUrl = pageUrl;
        record.entries = [];
        delete record.profileName;
        delete record.focusKey;
        delete record.checkRequested;
      }),
    update,
    async remove(tabId) {
      records.delete(tabId);
      saving = saving.then(() => area.remove(storageKey(tabId))).catch(() => undefined);
      await saving;
    },
    whenSaved: () => saving,
  };
}

/** A stored record, as far as it has the right shape; only the worker writes them. */
function readRecord(value: unknown, tabId: number): TabRecord {
  if (typeof value !== 'object' || value === null) return { tabId, entries: [] };
  const stored = value as Partial<TabRecord>;
  return { ...stored, tabId, entries: Array.isArray(stored.entries) ? stored.entries : [] };
}
