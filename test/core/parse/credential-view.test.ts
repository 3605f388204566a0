/**
 * The credential view: what the credential says, normalised for display (VC 1.1 names mapped to
 * VC 2.0 ones, the Open Badges 3.0 achievement picked out), text kept exactly as stated and
 * language maps kept whole. It holds no `undefined` values, so the report stays plain JSON.
 */
import { describe, expect, it } from 'vitest';
import { text, toCredentialView } from '../../../components/core/parse/credential-view.ts';
import type { CredentialView } from '../../../components/core/report.ts';

const V1 = 'https://www.w3.org/2018/credentials/v1';
const V2 = 'https://www.w3.org/ns/credentials/v2';

const openBadge = {
  '@context': [V2, 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'https://university.example/badges/42',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: {
    id: 'did:web:university.example',
    type: ['Profile'],
    name: 'Example University',
    url: 'https://university.example',
    image: { id: 'https://university.example/logo.png', type: 'Image' },
    description: 'A university.',
    email: 'registrar@university.example',
  },
  validFrom: '2025-01-01T00:00:00Z',
  validUntil: '2030-01-01T00:00:00Z',
  awardedDate: '2024-12-20T00:00:00Z',
  credentialSubject: {
    id: 'did:example:alice',
    type: ['AchievementSubject'],
    name: 'Alice',
    identifier: [
      { type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: 'sha256$abc', salt: 's' },
      { type: 'IdentityObject', identityType: 'studentId', hashed: false, identityHash: 'S-123' },
      { type: 'IdentityObject', identityType: 'emailAddress', hashed: false },
    ],
    result: [{ type: ['Result'], value: 'A', status: 'Completed', achievedLevel: 'urn:level:5', resultDescription: 'urn:rd:1' }],
    achievement: {
      id: 'https://university.example/achievements/data-literacy',
      type: ['Achievement'],
      name: 'Data Literacy',
      description: 'Reads and questions data.',
      criteria: { id: 'https://university.example/criteria/dl', narrative: 'Pass the exam.' },
      image: 'https://university.example/badge.png',
      creditsAvailable: '5',
      fieldOfStudy: 'Statistics',
      specialization: 'Visualisation',
      humanCode: 'DL-101',
      achievementType: 'MicroCredential',
      creator: { id: 'https://university.example', name: 'Faculty of Science' },
      tag: ['data', 42, 'literacy'],
      alignment: [{ type: ['Alignment'], targetName: 'Data literacy', targetUrl: 'https://esco.example/skill/1', targetCode: 'S1', targetFramework: 'ESCO', targetType: 'ceasn:Competency', targetDescription: 'A skill' }],
    },
  },
  evidence: [{ id: 'https://university.example/evidence/1', type: ['Evidence'], name: 'Exam', description: 'Final exam', narrative: 'Scored 90%', genre: 'Test' }],
};

/** Every key of the view, at any depth, whose value is undefined. */
function undefinedPaths(value: unknown, path = 'view'): string[] {
  if (value === undefined) return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => undefinedPaths(child, `${path}.${key}`));
}

describe('toCredentialView: an Open Badge 3.0', () => {
  const view: CredentialView = toCredentialView(openBadge);

  it('shows the credential id, types and validity window', () => {
    expect(view).toMatchObject({
      id: 'https://university.example/badges/42',
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      validFrom: '2025-01-01T00:00:00Z',
      validUntil: '2030-01-01T00:00:00Z',
      awardedDate: '2024-12-20T00:00:00Z',
    });
  });

  it('takes the name, description and image from the achievement when the credential has none', () => {
    expect(view.name).toBe('Data Literacy');
    expect(view.description).toBe('Reads and questions data.');
    expect(view.image).toBe('https://university.example/badge.png');
  });

  it('shows the issuer profile, with an image object reduced to its URL', () => {
    expect(view.issuer).toEqual({
      id: 'did:web:university.example',
      name: 'Example University',
      url: 'https://university.example',
      image: 'https://university.example/logo.png',
      description: 'A university.',
      email: 'registrar@university.example',
    });
  });

  it('shows the subject with its identifiers, hashed ones marked, and skips identifiers without a value', () => {
    expect(view.subject).toEqual({
      id: 'did:example:alice',
      name: 'Alice',
      identifiers: [
        { type: 'emailAddress', hashed: true, value: 'sha256$abc' },
        { type: 'studentId', hashed: false, value: 'S-123' },
      ],
    });
  });

  it('shows the achievement with credits as a number and only string tags', () => {
    expect(view.achievement).toEqual({
      id: 'https://university.example/achievements/data-literacy',
      type: 'Achievement',
      name: 'Data Literacy',
      description: 'Reads and questions data.',
      criteria: { id: 'https://university.example/criteria/dl', narrative: 'Pass the exam.' },
      image: 'https://university.example/badge.png',
      creditsAvailable: 5,
      fieldOfStudy: 'Statistics',
      specialization: 'Visualisation',
      humanCode: 'DL-101',
      achievementType: 'MicroCredential',
      creator: { id: 'https://university.example', name: 'Faculty of Science' },
      tags: ['data', 'literacy'],
    });
  });

  it('shows alignments, evidence and results', () => {
    expect(view.alignments).toEqual([{ name: 'Data literacy', url: 'https://esco.example/skill/1', code: 'S1', framework: 'ESCO', type: 'ceasn:Competency', description: 'A skill' }]);
    expect(view.evidence).toEqual([{ id: 'https://university.example/evidence/1', name: 'Exam', description: 'Final exam', narrative: 'Scored 90%', genre: 'Test' }]);
    expect(view.results).toEqual([{ value: 'A', status: 'Completed', achievedLevel: 'urn:level:5', resultDescription: 'urn:rd:1' }]);
  });

  it('holds no undefined values and survives a JSON round trip unchanged', () => {
    expect(undefinedPaths(view)).toEqual([]);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('records who vouches for the issuer when a trust list does', () => {
    const trusted = toCredentialView(openBadge, { list: 'Partners', name: 'Example University' });
    expect(trusted.issuer.trustedBy).toEqual({ list: 'Partners', name: 'Example University' });
  });

  it('never invents a trust vouch', () => {
    expect(view.issuer.trustedBy).toBeUndefined();
  });
});

describe('toCredentialView: other shapes', () => {
  it('maps VC 1.1 issuanceDate and expirationDate to validFrom and validUntil', () => {
    const view = toCredentialView({ '@context': [V1], type: 'VerifiableCredential', issuer: 'https://issuer.example', issuanceDate: '2020-01-01T00:00:00Z', expirationDate: '2021-01-01T00:00:00Z', credentialSubject: { id: 'did:example:a' } });
    expect(view.validFrom).toBe('2020-01-01T00:00:00Z');
    expect(view.validUntil).toBe('2021-01-01T00:00:00Z');
    expect(view.types).toEqual(['VerifiableCredential']);
  });

  it('shows an issuer given as a string as its id only', () => {
    const view = toCredentialView({ type: ['VerifiableCredential'], issuer: 'did:key:z6Mk', credentialSubject: {} });
    expect(view.issuer).toEqual({ id: 'did:key:z6Mk' });
  });

  it('prefers the credential name over the achievement name', () => {
    const view = toCredentialView({ ...openBadge, name: 'Teamwork Badge' });
    expect(view.name).toBe('Teamwork Badge');
  });

  it('uses the first subject when there are several', () => {
    const view = toCredentialView({ type: ['VerifiableCredential'], issuer: 'did:example:i', credentialSubject: [{ id: 'did:example:first' }, { id: 'did:example:second' }] });
    expect(view.subject.id).toBe('did:example:first');
  });

  it('a credential without subject, achievement or lists still has empty lists', () => {
    const view = toCredentialView({ type: ['VerifiableCredential'], issuer: 'did:example:i' });
    expect(view).toEqual({ types: ['VerifiableCredential'], issuer: { id: 'did:example:i' }, subject: { identifiers: [] }, alignments: [], evidence: [], results: [] });
  });

  it('ignores a creditsAvailable that is not a number', () => {
    const badge = structuredClone(openBadge);
    (badge.credentialSubject.achievement as Record<string, unknown>).creditsAvailable = 'five';
    expect(toCredentialView(badge).achievement?.creditsAvailable).toBeUndefined();
  });

  it('keeps markup in text exactly as stated: escaping is the renderer\'s job', () => {
    const view = toCredentialView({ type: ['VerifiableCredential'], issuer: { id: 'did:example:i', name: '<img src=x onerror=alert(1)>' } });
    expect(view.issuer.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('text', () => {
  it.each([
    ['a plain string', 'Data Literacy', 'Data Literacy'],
    ['a number', 5, '5'],
    ['a language map', { en: 'Data Literacy', de: 'Datenkompetenz' }, { en: 'Data Literacy', de: 'Datenkompetenz' }],
    ['JSON-LD value objects', [{ '@value': 'Data Literacy', '@language': 'en' }, { '@value': 'Datenkompetenz', '@language': 'de' }], { en: 'Data Literacy', de: 'Datenkompetenz' }],
    ['one value object without a language', { '@value': 'Data Literacy' }, 'Data Literacy'],
    ['a value object with a language and a plain string', ['Plain', { '@value': 'Datenkompetenz', '@language': 'de' }], { '': 'Plain', de: 'Datenkompetenz' }],
    ['a region-tagged language map', { 'en-GB': 'Colour', 'en-US': 'Color' }, { 'en-GB': 'Colour', 'en-US': 'Color' }],
  ])('reads %s', (_scenario, value, expected) => {
    expect(text(value)).toEqual(expected);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a boolean', true],
    ['an object whose keys are not language tags', { name: 'x', 'not a tag': 'y' }],
    ['an empty array', []],
  ])('finds no text in %s', (_scenario, value) => {
    expect(text(value)).toBeUndefined();
  });

  it('keeps the first value when a language repeats', () => {
    expect(text([{ '@value': 'First', '@language': 'en' }, { '@value': 'Second', '@language': 'en' }])).toEqual({ en: 'First' });
  });
});
