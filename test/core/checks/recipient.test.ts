/**
 * `recipient`: when the viewer knows the recipient's email address or URL, compare it with the
 * identities the credential was issued to (Open Badges 3.0 identityHash: the value itself, or
 * `sha256$` + hex of value‖salt). Advisory: it never changes the verdict. Security research §6 E70.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recipient } from '../../../components/core/checks/recipient.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { verify } from '../../../components/core/verify.ts';
import { codes, runCheck, verifyOptions } from '../../support/check-context.ts';
import { createDidKey, signJcs } from '../../support/jcs-signer.ts';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const EMAIL = 'alice@example.org';
const SALT = 'Z3lz9T';

function sha256Identity(value: string, salt = ''): string {
  return `sha256$${createHash('sha256').update(value + salt).digest('hex')}`;
}

function emailIdentifier(identityHash: string, hashed: boolean, salt?: string): JsonObject {
  return { type: 'IdentityObject', identityType: 'emailAddress', hashed, identityHash, ...(salt === undefined ? {} : { salt }) };
}

function credentialFor(subject: JsonObject): JsonObject {
  return { '@context': [V2], type: ['VerifiableCredential'], issuer: 'did:example:issuer', credentialSubject: subject };
}

async function checkRecipient(subject: JsonObject, known?: string) {
  return runCheck(recipient, credentialFor(subject), known === undefined ? {} : { recipient: known });
}

describe('recipient check', () => {
  it('a hashed email with a salt that matches the supplied address passes', async () => {
    const outcome = await checkRecipient({ identifier: [emailIdentifier(sha256Identity(EMAIL, SALT), true, SALT)] }, EMAIL);
    expect(outcome.status).toBe('passed');
  });

  it('a hashed email without a salt that matches the supplied address passes', async () => {
    const outcome = await checkRecipient({ identifier: emailIdentifier(sha256Identity(EMAIL), true) }, EMAIL);
    expect(outcome.status).toBe('passed');
  });

  it('a hashed email matches the supplied address regardless of its letter case', async () => {
    const outcome = await checkRecipient({ identifier: [emailIdentifier(sha256Identity(EMAIL, SALT), true, SALT)] }, 'Alice@Example.ORG');
    expect(outcome.status).toBe('passed');
  });

  it('a hash with an upper-case algorithm name and hex digits matches', async () => {
    const hash = `SHA256$${sha256Identity(EMAIL).slice('sha256$'.length).toUpperCase()}`;
    const outcome = await checkRecipient({ identifier: [emailIdentifier(hash, true)] }, EMAIL);
    expect(outcome.status).toBe('passed');
  });

  it('a supplied mailto: address matches a plain email identity', async () => {
    const outcome = await checkRecipient({ identifier: [emailIdentifier(EMAIL, false)] }, `mailto:${EMAIL}`);
    expect(outcome.status).toBe('passed');
  });

  it('a plain email address matches a mailto: subject id', async () => {
    const outcome = await checkRecipient({ id: `mailto:${EMAIL}` }, EMAIL);
    expect(outcome.status).toBe('passed');
  });

  it('a supplied URL that is the subject id passes', async () => {
    const outcome = await checkRecipient({ id: 'https://alice.example/' }, 'https://alice.example/');
    expect(outcome.status).toBe('passed');
  });

  it('one matching identity among several is enough', async () => {
    const outcome = await checkRecipient({ id: 'did:example:alice', identifier: [emailIdentifier(sha256Identity('bob@example.org'), true), emailIdentifier(sha256Identity(EMAIL, SALT), true, SALT)] }, EMAIL);
    expect(outcome.status).toBe('passed');
  });

  it('a hashed email of someone else fails with RECIPIENT_MISMATCH', async () => {
    const outcome = await checkRecipient({ identifier: [emailIdentifier(sha256Identity('mallory@example.org', SALT), true, SALT)] }, EMAIL);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['RECIPIENT_MISMATCH']);
  });

  it('the right address hashed with a different salt fails with RECIPIENT_MISMATCH', async () => {
    const outcome = await checkRecipient({ identifier: [emailIdentifier(sha256Identity(EMAIL, 'other-salt'), true, SALT)] }, EMAIL);
    expect(codes(outcome)).toEqual(['RECIPIENT_MISMATCH']);
  });

  it('a hash with an unsupported algorithm never matches: RECIPIENT_MISMATCH', async () => {
    const md5 = `md5$${createHash('md5').update(EMAIL).digest('hex')}`;
    const outcome = await checkRecipient({ identifier: [emailIdentifier(md5, true)] }, EMAIL);
    expect(codes(outcome)).toEqual(['RECIPIENT_MISMATCH']);
  });

  it('a hash value is not accepted as if it were the plain address', async () => {
    const hash = sha256Identity(EMAIL);
    const outcome = await checkRecipient({ identifier: [emailIdentifier(hash, true)] }, hash);
    expect(codes(outcome)).toEqual(['RECIPIENT_MISMATCH']);
  });

  it('without a supplied recipient it is skipped as NOT_APPLICABLE', async () => {
    const outcome = await checkRecipient({ identifier: [emailIdentifier(sha256Identity(EMAIL), true)] });
    expect(outcome.status).toBe('skipped');
    expect(codes(outcome)).toEqual(['NOT_APPLICABLE']);
  });

  it('a blank supplied recipient counts as none: NOT_APPLICABLE', async () => {
    const outcome = await checkRecipient({ identifier: [emailIdentifier(sha256Identity(EMAIL), true)] }, '   ');
    expect(codes(outcome)).toEqual(['NOT_APPLICABLE']);
  });

  it('a credential that states no recipient identity is skipped with RECIPIENT_NOT_STATED', async () => {
    const outcome = await checkRecipient({ name: 'Alice' }, EMAIL);
    expect(outcome.status).toBe('skipped');
    expect(codes(outcome)).toEqual(['RECIPIENT_NOT_STATED']);
  });

  it('a presentation is skipped as NOT_APPLICABLE', async () => {
    const outcome = await runCheck(recipient, { '@context': [V2], type: ['VerifiablePresentation'] }, { recipient: EMAIL });
    expect(codes(outcome)).toEqual(['NOT_APPLICABLE']);
  });
});

describe('recipient check in the pipeline', () => {
  it('a recipient mismatch leaves a verified credential verified (advisory only, §6 E70)', async () => {
    const issuer = await createDidKey();
    const signed = await signJcs({ ...credentialFor({ identifier: [emailIdentifier(sha256Identity('mallory@example.org'), true)] }), issuer: issuer.did }, issuer);
    const report = await verify(signed, verifyOptions({ recipient: EMAIL }));
    expect(report.checks.find((c) => c.id === 'recipient')?.status).toBe('failed');
    expect(report.verdict).toBe('verified');
  });
});
