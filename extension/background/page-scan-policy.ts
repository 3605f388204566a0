/**
 * Whether the content script on a page should find and check links now: on LinkedIn when
 * automatic checking is on, on the user's extra sites, on a page the user asked to check from the
 * panel, and (TEST build only) on loopback fixture pages. Decided from the page URL the browser
 * reports for the sender, not from anything the page says.
 */
import type { Settings } from '../settings/settings.ts';

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/;

export interface ScanPolicyInput {
  pageUrl: string;
  settings: Settings;
  checkRequested: boolean;
  allowLoopback: boolean;
}

export function shouldScan({ pageUrl, settings, checkRequested, allowLoopback }: ScanPolicyInput): boolean {
  if (checkRequested) return true;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  if (url.protocol === 'https:' && LINKEDIN_HOST.test(url.hostname)) return settings.autoCheckLinkedIn;
  if (url.protocol === 'https:' && settings.extraSites.includes(url.origin)) return true;
  return allowLoopback && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
}
