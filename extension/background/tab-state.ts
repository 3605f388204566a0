/**
 * A tab's record → what the side panel shows: every entry with the worker's own verdict and the
 * claim check computed from it. The page's words appear only as "the entry says".
 */
import type { UiLanguage } from '../../components/mc-verify/labels/labels.ts';
import { checkClaims } from '../claims/claim-check.ts';
import type { EntryState, TabState } from '../messaging/protocol.ts';
import type { EntryRecord, TabRecord } from './tab-store.ts';

export function tabState(tabId: number, record: TabRecord | undefined, language: UiLanguage): TabState {
  const state: TabState = { tabId, pageUrl: record?.pageUrl, entries: (record?.entries ?? []).map((entry) => entryState(entry, record)), language };
  if (record?.profileName !== undefined) state.profileName = record.profileName;
  if (record?.focusKey !== undefined) state.focusKey = record.focusKey;
  return state;
}

function entryState(entry: EntryRecord, record: TabRecord | undefined): EntryState {
  const state: EntryState = { key: entry.key, foundAs: [...entry.foundAs], origin: entry.origin, target: entry.target, claimWarnings: [] };
  if (entry.claims) state.claims = { ...entry.claims };
  if (entry.checked) {
    state.checked = entry.checked;
    // The profile's name belongs to LinkedIn entries; a CV page's other links name nobody.
    const profileName = entry.origin === 'linkedin-entry' ? record?.profileName : undefined;
    state.claimWarnings = checkClaims({ claims: entry.claims, profileName, report: entry.checked.report });
  }
  return state;
}
