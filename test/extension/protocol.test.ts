/**
 * The message protocol: what the worker accepts from its content script and its pages, and what
 * the content script accepts from the worker. Anything else is refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_LINKS_PER_MESSAGE,
  parseCheckLinksResponse,
  parseContentMessage,
  parsePanelMessage,
  parseWorkerToContentMessage,
} from '../../extension/messaging/protocol.ts';

const link = (href = 'https://www.credly.com/badges/48c47ac0-5268-45cf-b76c-b015f9a72fc4') => ({ href, source: 'linkedin-entry' });

describe('messages from the content script', () => {
  it.each([
    ['asking for the page settings', { type: 'get-page-settings' }],
    ['opening the panel', { type: 'open-panel' }],
    ['opening the panel at a chip', { type: 'open-panel', href: 'https://example.org/c.json' }],
    ['links to check', { type: 'check-links', links: [link()] }],
    ['links with what their entries say, and the profile’s name', { type: 'check-links', links: [{ ...link(), claims: { name: 'Responsible AI', issuer: 'Fixture University', issued: '2025-01', expires: '2027-12', credentialId: 'X' } }], profileName: 'Ada Lovelace' }],
    ['as many links as one message may carry', { type: 'check-links', links: Array.from({ length: MAX_LINKS_PER_MESSAGE }, (_, i) => link(`https://example.org/${i}.json`)) }],
  ])('are accepted: %s', (_, message) => {
    const parsed = parseContentMessage(message);
    expect(parsed).toEqual({ ok: true, message });
  });

  it.each([
    ['not an object', 'check-links', /object with a type/],
    ['an unknown type', { type: 'verify-everything' }, /unknown message type/],
    ['a panel message from a content script', { type: 'get-tab-state', tabId: 1 }, /unknown message type/],
    ['too many links', { type: 'check-links', links: Array.from({ length: MAX_LINKS_PER_MESSAGE + 1 }, () => link()) }, /at most 50 links/],
    ['ten thousand links', { type: 'check-links', links: Array.from({ length: 10_000 }, () => link()) }, /at most 50 links/],
    ['no links', { type: 'check-links', links: [] }, /non-empty list/],
    ['links that are not a list', { type: 'check-links', links: { 0: link() } }, /non-empty list/],
    ['an href that is not text', { type: 'check-links', links: [{ href: 42, source: 'linkedin-entry' }] }, /href must be text/],
    ['an href of 5,000 characters', { type: 'check-links', links: [link(`https://example.org/${'a'.repeat(5000)}`)] }, /href must be text of at most 4096/],
    ['an unknown source', { type: 'check-links', links: [{ href: 'https://example.org', source: 'page-says-trusted' }] }, /not a known source/],
    ['an extra field on a link', { type: 'check-links', links: [{ ...link(), verdict: 'verified' }] }, /object with href, source and claims/],
    ['a verdict smuggled into the message', { type: 'check-links', links: [link()], verdict: 'verified' }, /takes only links and profileName/],
    ['a claim that is not a month', { type: 'check-links', links: [{ ...link(), claims: { issued: 'May 2024' } }] }, /claims.issued must be a month/],
    ['an unknown claim', { type: 'check-links', links: [{ ...link(), claims: { verified: 'yes' } }] }, /claims must be an object/],
    ['a claim of 1,000 characters', { type: 'check-links', links: [{ ...link(), claims: { name: 'x'.repeat(1000) } }] }, /claims.name must be text of at most 300/],
    ['fields on get-page-settings', { type: 'get-page-settings', tabId: 3 }, /takes no fields/],
  ])('are refused: %s', (_, message, reason) => {
    const parsed = parseContentMessage(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(reason);
  });
});

describe('messages from the extension’s pages', () => {
  it.each([
    { type: 'get-tab-state', tabId: 4 },
    { type: 'check-page', tabId: 4 },
    { type: 'recheck', tabId: 4, key: 'https://example.org/c.json' },
    { type: 'verify-target', tabId: 4, url: 'https://example.org/badge.png', target: 'image' },
    { type: 'verify-qr-text', tabId: 4, key: 'https://example.org/qr.png', text: 'VP1-RABC' },
  ])('are accepted: $type', (message) => {
    expect(parsePanelMessage(message)).toEqual({ ok: true, message });
  });

  it.each([
    ['no tab', { type: 'get-tab-state' }],
    ['a negative tab', { type: 'get-tab-state', tabId: -1 }],
    ['a content-script message', { type: 'check-links', tabId: 1, links: [link()] }],
    ['an unknown target', { type: 'verify-target', tabId: 1, url: 'https://example.org', target: 'pdf' }],
    ['QR text of 20,000 characters', { type: 'verify-qr-text', tabId: 1, key: 'k', text: 'x'.repeat(20_000) }],
  ])('are refused: %s', (_, message) => {
    expect(parsePanelMessage(message).ok).toBe(false);
  });
});

describe('messages from the worker, as the content script reads them', () => {
  it('verdicts and a request to scan are accepted; long words are cut', () => {
    const parsed = parseWorkerToContentMessage({ type: 'verdicts', verdicts: [{ href: 'https://e.org/c', kind: 'revoked', label: 'Revoked'.repeat(20), reason: 'r' }] });
    expect(parsed.ok && parsed.message.type === 'verdicts' && parsed.message.verdicts[0]?.label.length).toBe(60);
    expect(parseWorkerToContentMessage({ type: 'scan-page' })).toEqual({ ok: true, message: { type: 'scan-page' } });
  });

  it.each([
    ['an unknown chip kind', { type: 'verdicts', verdicts: [{ href: 'https://e.org/c', kind: 'trusted', label: 'x', reason: 'y' }] }],
    ['verdicts that are not a list', { type: 'verdicts', verdicts: 'verified' }],
    ['an unknown type', { type: 'tab-state-changed', tabId: 1 }],
  ])('anything else is refused: %s', (_, message) => {
    expect(parseWorkerToContentMessage(message).ok).toBe(false);
  });

  it('an answer to check-links with a malformed verdict is not used', () => {
    expect(parseCheckLinksResponse({ accepted: 1, verdicts: [{ href: 'x', kind: 'verified' }] })).toBeNull();
    expect(parseCheckLinksResponse({ accepted: 1, verdicts: [] })).toEqual({ accepted: 1, verdicts: [] });
  });
});
