/**
 * Trust lists: mc-verify's own format and the DCC issuer registry. A list that cannot be read is
 * reported with TRUST_LIST_MALFORMED, never half-read.
 */
import { describe, expect, it } from 'vitest';
import { OWN_TRUST_LIST_TYPE, readTrustList, type TrustList, type TrustListOutcome } from '../../../components/core/parse/trust-list.ts';

function listOf(outcome: TrustListOutcome): TrustList {
  if (!outcome.ok) throw new Error(`expected a trust list, got ${outcome.problem.detail}`);
  return outcome.list;
}

function problemOf(outcome: TrustListOutcome) {
  if (outcome.ok) throw new Error('expected the trust list to be refused');
  return outcome.problem;
}

describe('readTrustList: mc-verify format', () => {
  const ownList = {
    type: OWN_TRUST_LIST_TYPE,
    name: 'Partner universities',
    source: 'https://example.org/partners.json',
    issuers: {
      'did:web:example.edu': { name: 'Example University', homepage: 'https://example.edu', source: 'https://example.org/partners#ex' },
      'https://college.example/issuer': { name: 'Example College' },
    },
  };

  it('reads the name, source and every issuer with its homepage and source', () => {
    const list = listOf(readTrustList(ownList));
    expect(list.name).toBe('Partner universities');
    expect(list.source).toBe('https://example.org/partners.json');
    expect(list.issuers.get('did:web:example.edu')).toEqual({ name: 'Example University', homepage: 'https://example.edu', source: 'https://example.org/partners#ex' });
    expect(list.issuers.get('https://college.example/issuer')).toEqual({ name: 'Example College' });
    expect(list.issuers.size).toBe(2);
  });

  it('an empty issuers object is a valid list that vouches for no one', () => {
    expect(listOf(readTrustList({ type: OWN_TRUST_LIST_TYPE, name: 'Empty', issuers: {} })).issuers.size).toBe(0);
  });

  it('a list without a name takes the fallback name', () => {
    expect(listOf(readTrustList({ type: OWN_TRUST_LIST_TYPE, issuers: {} }, 'trust list 2')).name).toBe('trust list 2');
  });

  it('a blank name is replaced by the fallback name', () => {
    expect(listOf(readTrustList({ type: OWN_TRUST_LIST_TYPE, name: '  ', issuers: {} }, 'trust list 1')).name).toBe('trust list 1');
  });

  it('an issuer without a name makes the whole list TRUST_LIST_MALFORMED', () => {
    const problem = problemOf(readTrustList({ type: OWN_TRUST_LIST_TYPE, name: 'L', issuers: { 'did:web:a.example': { homepage: 'https://a.example' } } }));
    expect(problem.code).toBe('TRUST_LIST_MALFORMED');
    expect(problem.detail).toContain('did:web:a.example');
  });

  it('issuers that is an array is TRUST_LIST_MALFORMED', () => {
    expect(problemOf(readTrustList({ type: OWN_TRUST_LIST_TYPE, name: 'L', issuers: ['did:web:a.example'] })).code).toBe('TRUST_LIST_MALFORMED');
  });

  it('a non-string homepage is left out rather than trusted', () => {
    const list = listOf(readTrustList({ type: OWN_TRUST_LIST_TYPE, issuers: { 'did:web:a.example': { name: 'A', homepage: 42 } } }));
    expect(list.issuers.get('did:web:a.example')).toEqual({ name: 'A' });
  });
});

describe('readTrustList: DCC issuer registry', () => {
  it('reads registry entries, taking url as the homepage', () => {
    const list = listOf(readTrustList({ name: 'DCC Member Registry', meta: { created: '2024-01-01' }, registry: { 'did:key:z6Mk': { name: 'Example University', url: 'https://example.edu', location: 'Example City' } } }));
    expect(list.name).toBe('DCC Member Registry');
    expect(list.issuers.get('did:key:z6Mk')).toEqual({ name: 'Example University', homepage: 'https://example.edu' });
  });

  it('a registry without a top-level name takes the fallback name', () => {
    expect(listOf(readTrustList({ meta: {}, registry: {} }, 'DCC registry')).name).toBe('DCC registry');
  });
});

describe('readTrustList: not a trust list', () => {
  it.each([
    ['a string', 'did:web:example.edu'],
    ['null', null],
    ['an array', [{ name: 'A' }]],
    ['an object of neither format', { name: 'Something', issuers: {} }],
    ['an own-format list without issuers', { type: OWN_TRUST_LIST_TYPE, name: 'L' }],
    ['a registry that is an array', { registry: [] }],
  ])('%s is TRUST_LIST_MALFORMED', (_scenario, value) => {
    expect(problemOf(readTrustList(value)).code).toBe('TRUST_LIST_MALFORMED');
  });
});
