/**
 * The pinned JSON-LD contexts are the published ones: every bundled context that the corpus also
 * captured from its URL has the same content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CONTEXTS, OB3_CONTEXTS } from '../../../components/core/resolve/contexts.ts';
import { CORPUS } from '../../support/corpus.ts';

const urlMap = JSON.parse(readFileSync(join(CORPUS, 'url-map.json'), 'utf8')) as Record<string, string>;

/**
 * Published revisions that differ from the corpus capture without changing what credentials sign:
 * the npm package of the Ed25519Signature2020 context adds `@protected` and `expires` to the
 * revision the corpus captured; every corpus credential that uses it verifies.
 */
const KNOWN_REVISIONS = new Set(['https://w3id.org/security/suites/ed25519-2020/v1']);

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
  }
  return value;
}

const captured = [...BUNDLED_CONTEXTS.keys()].filter((url) => url in urlMap && !KNOWN_REVISIONS.has(url));

describe('pinned contexts', () => {
  it.each(captured)('%s is the published context', (url) => {
    const published = JSON.parse(readFileSync(join(CORPUS, urlMap[url]!), 'utf8')) as unknown;
    expect(sorted(BUNDLED_CONTEXTS.get(url))).toEqual(sorted(published));
  });

  it('pins the VC 1.1 and 2.0 base contexts and every Open Badges 3.0 context', () => {
    for (const url of ['https://www.w3.org/2018/credentials/v1', 'https://www.w3.org/ns/credentials/v2', ...OB3_CONTEXTS]) {
      expect(BUNDLED_CONTEXTS.has(url), url).toBe(true);
    }
  });

  it('pins only https URLs, so no context can be confused with a fetchable http one', () => {
    expect([...BUNDLED_CONTEXTS.keys()].filter((url) => !url.startsWith('https://'))).toEqual([]);
  });
});
