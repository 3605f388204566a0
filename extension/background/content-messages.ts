/**
 * What the worker does for its content script: tell it whether to scan, take the links it found
 * (the worker normalises and verifies each itself), and open the panel when a chip is clicked.
 */
import type { UiLanguage } from '../../components/mc-verify/labels/labels.ts';
import type { CheckLinksMessage, CheckLinksResponse, ChipVerdict, OpenPanelMessage, PageSettings } from '../messaging/protocol.ts';
import { chipVerdict, checkingVerdict } from '../verdicts/chip-words.ts';
import { labelsFor } from '../verdicts/label-sets.ts';
import { credentialKey } from './credential-key.ts';
import { shouldScan } from './page-scan-policy.ts';
import { MAX_ENTRIES_PER_PAGE, type EntryRecord } from './tab-store.ts';
import type { WorkerContext } from './worker-context.ts';

/** The sender's tab and page, as the browser reported them. */
export interface SenderTab {
  tabId: number;
  pageUrl: string;
}

/** Most hrefs remembered per entry (the same credential linked in several ways). */
const MAX_HREFS_PER_ENTRY = 8;

export async function pageSettings(context: WorkerContext, tab: SenderTab): Promise<PageSettings> {
  const [settings, language, record] = await Promise.all([context.settings(), context.language(), context.tabs.forPage(tab.tabId, tab.pageUrl)]);
  const labels = labelsFor(language);
  return {
    scan: shouldScan({ pageUrl: tab.pageUrl, settings, checkRequested: record.checkRequested === true, allowLoopback: context.allowLoopback }),
    checkingLabel: labels.ui.chipChecking,
    checkingReason: labels.ui.checking,
  };
}

export async function checkLinks(context: WorkerContext, tab: SenderTab, message: CheckLinksMessage): Promise<CheckLinksResponse> {
  const language = await context.language();
  await context.tabs.forPage(tab.tabId, tab.pageUrl);
  const verdicts: ChipVerdict[] = [];
  const toCheck: EntryRecord[] = [];
  let accepted = 0;
  await context.tabs.update(tab.tabId, (record) => {
    if (message.profileName !== undefined) record.profileName = message.profileName;
    for (const link of message.links) {
      const key = credentialKey(link.href);
      if (key === null) {
        verdicts.push(notALink(link.href, language));
        continue;
      }
      let entry = record.entries.find((candidate) => candidate.key === key);
      if (!entry) {
        if (record.entries.length >= MAX_ENTRIES_PER_PAGE) {
          verdicts.push(tooMany(link.href, language));
          continue;
        }
        entry = { key, foundAs: [], origin: link.source, target: 'link' };
        record.entries.push(entry);
      }
      accepted++;
      if (!entry.foundAs.includes(link.href) && entry.foundAs.length < MAX_HREFS_PER_ENTRY) entry.foundAs.push(link.href);
      if (link.claims && !entry.claims) entry.claims = link.claims;
      entry.checked ??= context.service.cached(key);
      if (entry.checked) verdicts.push(chipVerdict(link.href, entry.checked.report, language));
      else {
        verdicts.push(checkingVerdict(link.href, language));
        toCheck.push(entry);
      }
    }
  });
  for (const entry of toCheck) void context.checks.start(tab.tabId, entry);
  context.broadcast({ type: 'tab-state-changed', tabId: tab.tabId });
  return { accepted, verdicts };
}

/**
 * Opens the panel. The panel opens first, synchronously, while the click's user gesture lasts;
 * remembering which chip was clicked comes after.
 */
export function openPanelFromChip(context: WorkerContext, tab: SenderTab, message: OpenPanelMessage): Promise<null> {
  const opened = context.openPanel(tab.tabId);
  const key = message.href === undefined ? null : credentialKey(message.href);
  const remembered = key === null ? Promise.resolve() : context.tabs.update(tab.tabId, (record) => {
    if (record.entries.some((entry) => entry.key === key)) record.focusKey = key;
  }).then(() => context.broadcast({ type: 'tab-state-changed', tabId: tab.tabId }));
  return Promise.all([opened.catch(() => undefined), remembered]).then(() => null);
}

function notALink(href: string, language: UiLanguage): ChipVerdict {
  return { href, kind: 'not-a-credential', label: labelsFor(language).ui.chipNotCredential, reason: labelsFor(language).problems.FETCH_REFUSED };
}

function tooMany(href: string, language: UiLanguage): ChipVerdict {
  const labels = labelsFor(language);
  return { href, kind: 'unverifiable', label: labels.verdicts.unverifiable.chip, reason: labels.ui.chipTooMany(MAX_ENTRIES_PER_PAGE) };
}
