/** The named unwrap functions for platform JSON answers (Open Badge Passport, Accredible, VerifierPlus). */
import { describe, expect, it } from 'vitest';
import { unwrapPlatformJson } from '../../../components/core/detect/index.ts';

/** Table rows titled by their behaviour sentence (`%s` keeps the sentence whole in reports). */
const titled = <Row extends { says: string }>(rows: Row[]) => rows.map((row) => [row.says, row] as const);

const vc = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], credentialSubject: { id: 'did:example:1' } };

describe('unwrapPlatformJson', () => {
  it.each(titled([
    {
      says: 'an Open Badge Passport badge leads to the issuer assertion URL',
      name: 'open-badge-passport' as const,
      body: { id: 918042, assertion_url: 'https://openbadgefactory.com/v1/assertion/db2ebffb91aa1e64c27090cf3feaf3e99dad3700', obf_url: 'https://openbadgefactory.com' },
      outcome: { kind: 'link', url: 'https://openbadgefactory.com/v1/assertion/db2ebffb91aa1e64c27090cf3feaf3e99dad3700' },
    },
    {
      says: 'an Open Badge Passport badge without a URL yields its signed assertion',
      name: 'open-badge-passport' as const,
      body: { id: 1, assertion_url: null, assertion_jws: 'eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOiIxIn0.c2ln' },
      outcome: { kind: 'text', text: 'eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOiIxIn0.c2ln' },
    },
    {
      says: 'an Open Badge Passport badge with neither is a missing property',
      name: 'open-badge-passport' as const,
      body: { id: 7, assertion_url: 'javascript:alert(1)' },
      outcome: { kind: 'problem', problem: { code: 'PROPERTY_MISSING' } },
    },
    {
      says: 'an Accredible record leads to its OB 2.0 assertion',
      name: 'accredible' as const,
      body: { data: { id: 10000005, badge_assertion_url: 'https://api.accredible.com/v1/obi/badge_assertions/abc' } },
      outcome: { kind: 'link', url: 'https://api.accredible.com/v1/obi/badge_assertions/abc' },
    },
    {
      says: 'an Accredible record without an assertion is not a verifiable format',
      name: 'accredible' as const,
      body: { data: { uuid: 'x', name: 'Course', revoked_at: null } },
      outcome: { kind: 'problem', problem: { code: 'FORMAT_UNSUPPORTED' } },
    },
    {
      says: 'an Accredible error answer is a missing data object',
      name: 'accredible' as const,
      body: { error: 'NOT_FOUND' },
      outcome: { kind: 'problem', problem: { code: 'PROPERTY_MISSING' } },
    },
    {
      says: 'a VerifierPlus share yields the credentials it lists',
      name: 'verifierplus' as const,
      body: { id: 'x', shared: true, credential: [vc], vp: { verifiableCredential: vc } },
      outcome: { kind: 'documents', documents: [vc] },
    },
    {
      says: 'a VerifierPlus share without a list yields the presentation credentials',
      name: 'verifierplus' as const,
      body: { vp: { type: 'VerifiablePresentation', verifiableCredential: [vc, vc] } },
      outcome: { kind: 'documents', documents: [vc, vc] },
    },
    {
      says: 'a VerifierPlus answer without credentials is a missing property',
      name: 'verifierplus' as const,
      body: { status: 'Not found' },
      outcome: { kind: 'problem', problem: { code: 'PROPERTY_MISSING' } },
    },
    {
      says: 'a VerifierPlus answer that is no object is refused',
      name: 'verifierplus' as const,
      body: [vc],
      outcome: { kind: 'problem', problem: { code: 'INPUT_NOT_OBJECT' } },
    },
  ]))('%s', (_says, { name, body, outcome }) => {
    expect(unwrapPlatformJson(name, body)).toMatchObject(outcome);
  });
});
