/**
 * Reading LinkedIn's text and watching the page: issue and expiry months, doubled lines read once,
 * the profile's name on /details/ pages, and which DOM changes make the content script look again
 * (its own chips' changes do not, except the page removing one).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isOwnNode } from '../../extension/content/chip-host.ts';
import { createIdleSlices, type IdleDeadline } from '../../extension/content/idle-slices.ts';
import { mattersForScan } from '../../extension/content/page-watcher.ts';
import { datesOfLine, monthOf } from '../../extension/linkedin/entry-dates.ts';
import { claimsFromLines } from '../../extension/linkedin/entry-claims.ts';
import { profileName } from '../../extension/linkedin/profile-name.ts';
import { shownLines } from '../../extension/linkedin/text-lines.ts';

describe('LinkedIn dates', () => {
  it.each([
    ['May 2024', '2024-05'],
    ['August 2023', '2023-08'],
    ['Sept 2021', '2021-09'],
    ['Dec. 2019', '2019-12'],
    ['2024', undefined],
    ['Mai 2024', undefined],
    ['No Expiration Date', undefined],
  ])('“%s” is the month %s', (text, month) => {
    expect(monthOf(text)).toBe(month);
  });

  it.each([
    ['Issued May 2024 · Expires May 2026', { issued: '2024-05', expires: '2026-05' }],
    ['Issued Aug 2023', { issued: '2023-08' }],
    ['Issued Jan 2022 · No Expiration Date', { issued: '2022-01' }],
    ['Issued Jan 2025 · Expired Jan 2026', { issued: '2025-01', expires: '2026-01' }],
  ])('the dates line “%s” gives %j', (line, dates) => {
    expect(datesOfLine(line)).toEqual(dates);
  });
});

describe('LinkedIn entry text', () => {
  it('each doubled line (shown copy and screen-reader copy) is read once, the shown copy only', () => {
    const { document } = parseHTML(
      '<div id="e"><span aria-hidden="true"><!---->Data Literacy<!----></span><span class="visually-hidden">Data Literacy</span>' +
        '<span aria-hidden="true">Fixture University</span><span class="visually-hidden">Fixture University</span>' +
        '<span aria-hidden="true"><span aria-hidden="true">nested</span> line</span></div>',
    );
    expect(shownLines(document.getElementById('e') as unknown as Element)).toEqual(['Data Literacy', 'Fixture University', 'nested line']);
  });

  it('the first plain line is the name, the second the issuer; ids, dates and skills are recognised', () => {
    expect(claimsFromLines(['Responsible AI', 'Fixture University', 'Issued Jan 2025 · Expires Jan 2027', 'Credential ID RA-1', 'Skills: Ethics · Policy'])).toEqual({
      name: 'Responsible AI',
      issuer: 'Fixture University',
      issued: '2025-01',
      expires: '2027-01',
      credentialId: 'RA-1',
    });
  });

  it.each([
    ['the title of a /details/ page', '<html><head><title>Licenses &amp; certifications | Ada Lovelace | LinkedIn</title></head><body></body></html>', 'Ada Lovelace'],
    ['a title with a notification count', '<html><head><title>(12) Grace Hopper | LinkedIn</title></head><body></body></html>', 'Grace Hopper'],
    ['the top card’s heading', '<html><head><title>x</title></head><body><main><h1> Katherine   Johnson </h1></main></body></html>', 'Katherine Johnson'],
  ])('the profile’s name is read from %s', (_, html, name) => {
    expect(profileName(parseHTML(html).document as unknown as Document)).toBe(name);
  });
});

describe('watching the page', () => {
  const { document } = parseHTML('<html><body><main><a href="https://example.org">x</a></main></body></html>');
  const main = document.querySelector('main') as unknown as Node;
  const chip = document.createElement('mc-verify-chip') as unknown as Node;
  const section = document.createElement('section') as unknown as Node;
  const empty = [] as unknown as NodeList;
  const list = (...nodes: Node[]) => nodes as unknown as NodeList;

  it('the extension’s chip element is its own node; the page’s elements are not', () => {
    expect(isOwnNode(chip)).toBe(true);
    expect(isOwnNode(section)).toBe(false);
  });

  it.each([
    ['a section the page added', { type: 'childList', target: main, addedNodes: list(section), removedNodes: empty }, true],
    ['an href the page changed', { type: 'attributes', target: section, addedNodes: empty, removedNodes: empty }, true],
    ['a chip the extension added', { type: 'childList', target: main, addedNodes: list(chip), removedNodes: empty }, false],
    ['a change inside a chip', { type: 'attributes', target: chip, addedNodes: empty, removedNodes: empty }, false],
    ['a chip the page removed', { type: 'childList', target: main, addedNodes: empty, removedNodes: list(chip) }, true],
  ] as const)('%s → look again: %s', (_, record, matters) => {
    expect(mattersForScan(record as Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>)).toBe(matters);
  });
});

describe('idle slices', () => {
  it('work runs in slices that stop when the idle time runs out, and every item is done once, in order', () => {
    const pending: ((deadline: IdleDeadline) => void)[] = [];
    const done: number[] = [];
    const slices: number[][] = [];
    let current: number[] = [];
    const queue = createIdleSlices<number>(
      (callback) => pending.push(callback),
      (item) => {
        done.push(item);
        current.push(item);
      },
      () => {
        slices.push(current);
        current = [];
      },
    );
    queue.push([1, 2, 3, 4, 5, 6, 7]);
    queue.push([8]);
    // Each slice has room for three items: timeRemaining drops by one "item" per call.
    while (pending.length > 0) {
      const run = pending.shift() as (deadline: IdleDeadline) => void;
      let budget = 3;
      run({ timeRemaining: () => (--budget > 0 ? 10 : 0) });
    }
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(slices).toEqual([[1, 2, 3], [4, 5, 6], [7, 8]]);
    expect(queue.pending).toBe(0);
  });
});
