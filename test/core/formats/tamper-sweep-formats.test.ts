/**
 * Tamper sweep over every format: each verified fixture of the format tests is changed one leaf
 * at a time, given an unknown property at the top level and in each credentialSubject, has each
 * property and array entry removed and its contexts reordered, and no mutant may come out
 * `verified` (test/support/mutants.ts says how documents are changed; a presentation stripped of
 * its own proof verifies by its credentials alone and is flagged PRESENTATION_UNSIGNED).
 *
 * - VC-JWT, VC-JOSE, presentations of them, OB 2.0 signed: the leaves of the JWT header and
 *   payload, re-encoded WITHOUT re-signing, and the signature itself.
 * - Baked images: the embedded credential (JSON, or the JWT as above) is changed and baked again
 *   into the same kind of image.
 * - CLR: the CLR document, nested credentials included.
 * - QR payloads: the credential or presentation is changed and encoded to VC1-R / VP1-R again
 *   (a change CBOR-LD cannot encode, such as an unknown context URL, is not a payload; those are
 *   counted and left out).
 *
 * Hosted Open Badges 2.0 assertions are left out by design: the issuer's hosted copy is what is
 * verified and shown (HOSTED_COPY_DIFFERS warns when the input differs), so the leaves of the copy
 * given are not what is verified. The baked OB 2.0 PNG that holds only the hosted URL is left out
 * for the same reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify, type VerifyInput, type VerifyOptions } from '../../../components/core/index.ts';
import { bakePng, bakeSvg, MINIMAL_SVG, minimalPng } from '../../support/bake.ts';
import { FixtureServer, loopbackFetch } from '../../support/fixture-server.ts';
import { CHALLENGE, NOW } from '../../support/fixtures.ts';
import { createIssuer, issuePresentation, openBadgeCredential, type JsonObject } from '../../support/issue.ts';
import { CLR_DOCUMENTS, createClrIssuer } from '../../support/issue-clr.ts';
import { createJoseIssuer, vcJoseClaims, vcJwtClaims, VC_JWT_TYP } from '../../support/issue-jose.ts';
import { createOb2SigningIssuer, ob2Site } from '../../support/issue-ob2.ts';
import { buildJoseFixtures, type JoseServers } from '../../support/jose-fixtures.ts';
import { jwtMutantsOf, mutantsOf, sweepJobs, type Mutant } from '../../support/mutants.ts';
import { qrText } from '../../support/qr-encode.ts';

interface Subject {
  name: string;
  /** The verified input the mutants are made from. */
  input: VerifyInput;
  options: VerifyOptions;
  mutants(): Promise<Mutant<VerifyInput>[]>;
}

interface Tally {
  subjects: number;
  mutants: number;
  survivors: string[];
  /** Verified mutants that say what the original says, or presentations without their own proof (see mutants.ts). */
  equivalent: number;
}

const OPTIONS: VerifyOptions = { fetch: loopbackFetch, allowLoopback: true, now: NOW };
const tallies = new Map<string, Tally>();
const notEncodable: string[] = [];

let servers: JoseServers;

beforeAll(async () => {
  servers = { home: await FixtureServer.start(), elsewhere: await FixtureServer.start() };
}, 60_000);

afterAll(async () => {
  await Promise.all([servers?.home.close(), servers?.elsewhere.close()]);
  const total = [...tallies.values()].reduce((sum, t) => sum + t.mutants, 0);
  const survivors = [...tallies.values()].reduce((sum, t) => sum + t.survivors.length, 0);
  const parts = [...tallies].map(([format, t]) => `${format} ${t.mutants} from ${t.subjects}`).join(', ');
  console.log(
    `tamper sweep over formats: ${total} mutants tried, ${survivors} came out verified — ${parts}; ` +
      `${[...tallies.values()].reduce((sum, t) => sum + t.equivalent, 0)} equivalent or unsigned presentations` +
      (notEncodable.length ? ` (${notEncodable.length} QR mutants CBOR-LD could not encode, left out)` : ''),
  );
});

/** Sweeps the subjects: each must verify as given, and none of its mutants may. */
async function sweep(format: string, subjects: readonly Subject[]): Promise<Tally> {
  const originals = await Promise.all(subjects.map(async (subject) => ({ subject, verdict: (await verify(subject.input, subject.options)).verdict })));
  expect(originals.filter((o) => o.verdict !== 'verified').map((o) => `${o.subject.name}: ${o.verdict}`), 'every subject verifies before it is changed').toEqual([]);
  const jobs = (await Promise.all(subjects.map(async (subject) => (await subject.mutants()).map((mutant) => ({ name: subject.name, original: subject.input, options: subject.options, mutant }))))).flat();
  const { survivors, equivalent, unsignedPresentations } = await sweepJobs(jobs);
  const tally = { subjects: subjects.length, mutants: jobs.length, survivors, equivalent: equivalent.length + unsignedPresentations.length };
  tallies.set(format, tally);
  return tally;
}

const jsonSubject = (name: string, document: JsonObject, options: VerifyOptions): Subject => ({ name, input: document, options, mutants: async () => mutantsOf(document) });
const jwtSubject = (name: string, token: string, options: VerifyOptions): Subject => ({ name, input: token, options, mutants: async () => jwtMutantsOf(token) });

/** A baked image, and the mutants of what is baked into it baked the same way. */
function bakedSubject(name: string, baked: string | JsonObject, bake: (text: string) => VerifyInput): Subject {
  const text = typeof baked === 'string' ? baked : JSON.stringify(baked);
  return {
    name,
    input: bake(text),
    options: OPTIONS,
    mutants: async () => {
      const mutants: Mutant<string>[] = typeof baked === 'string' ? jwtMutantsOf(baked) : mutantsOf(baked).map((m) => ({ change: m.change, document: JSON.stringify(m.document) }));
      return mutants.map((m) => ({ change: m.change, document: bake(m.document) }));
    },
  };
}

/** A QR payload, and the mutants of the document it compresses, encoded again. */
function qrSubject(name: string, header: 'VC1-' | 'VP1-', document: JsonObject, input: string, options: VerifyOptions): Subject {
  return {
    name,
    input,
    options,
    mutants: async () => {
      const encoded: Mutant<VerifyInput>[] = [];
      for (const mutant of mutantsOf(document)) {
        try {
          encoded.push({ change: mutant.change, document: await qrText(header, mutant.document) });
        } catch {
          notEncodable.push(`${name} ${mutant.change}`);
        }
      }
      return encoded;
    },
  };
}

describe('tamper sweep over formats', () => {
  it('no leaf changed, property added or removed, or contexts reordered in a verified VC-JWT, VC-JOSE credential or JOSE presentation, re-encoded without re-signing, comes out verified', async () => {
    const subjects: Subject[] = [];
    for (const format of ['vc-jwt', 'vc-jose'] as const) {
      for (const fixture of await buildJoseFixtures(format, servers)) {
        // Tokens only: the unsecured JSON presentation has no proof of its own, so its holder and
        // nonce are not vouched for by design; the credential it envelops is swept inside the vp+jwt.
        if (fixture.expect === 'verified' && typeof fixture.input === 'string') subjects.push(jwtSubject(fixture.name, fixture.input, fixture.options));
      }
    }
    const { survivors, mutants } = await sweep('jose', subjects);
    expect(survivors).toEqual([]);
    expect(subjects.length).toBe(40);
    expect(mutants).toBeGreaterThan(1000);
  }, 120_000);

  it('no leaf changed, property added or removed, or contexts reordered in a verified Open Badges 2.0 signed assertion comes out verified', async () => {
    const site = ob2Site(servers.home);
    const issuer = await createOb2SigningIssuer(site, 'sweep-signer');
    const subjects = [
      jwtSubject('ob2-signed/valid--verified', await issuer.sign(), OPTIONS),
      jwtSubject('ob2-signed/valid[salted recipient, expires]--verified', await issuer.sign({ recipient: { email: 'ada.lovelace@example.org', salt: 'pepper' }, expires: '2030-01-01T00:00:00Z' }), OPTIONS),
    ];
    const { survivors } = await sweep('ob2-signed', subjects);
    expect(survivors).toEqual([]);
  }, 60_000);

  it('no leaf changed, property added or removed, or contexts reordered in a credential baked into a PNG or an SVG, baked again, comes out verified', async () => {
    const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const credential = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did }));
    const jose = await createJoseIssuer({ alg: 'ES256', kind: 'did:key' });
    const vcJose = await jose.sign(vcJoseClaims(openBadgeCredential({ version: 2, issuer: jose.id })));
    const vcJwt = await jose.sign(vcJwtClaims(openBadgeCredential({ version: 1, issuer: jose.id })), { typ: VC_JWT_TYP });
    const png = (text: string) => bakePng(minimalPng(), 'openbadgecredential', text);
    const subjects = [
      bakedSubject('baked/valid[OB 3.0 JSON in PNG iTXt]--verified', credential, png),
      bakedSubject('baked/valid[OB 3.0 JSON in SVG CDATA]--verified', credential, (text) => bakeSvg(MINIMAL_SVG, { namespace: 'ob3', body: text })),
      bakedSubject('baked/valid[VC-JOSE in SVG verify]--verified', vcJose, (text) => bakeSvg(MINIMAL_SVG, { namespace: 'ob3', verify: text })),
      bakedSubject('baked/valid[VC-JWT in PNG iTXt]--verified', vcJwt, png),
    ];
    const { survivors } = await sweep('baked', subjects);
    expect(survivors).toEqual([]);
  }, 120_000);

  it('no leaf changed, property added or removed, or contexts reordered in a verified CLR, nested credentials included, comes out verified', async () => {
    const registry = await createClrIssuer();
    const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const learner = 'did:example:learner-4f2a';
    const nested = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did, subjectId: learner }));
    const clr = await registry.sign([nested], learner);
    const { survivors } = await sweep('clr', [jsonSubject('clr/valid--verified', clr, { offline: true, now: NOW, documents: CLR_DOCUMENTS })]);
    expect(survivors).toEqual([]);
  }, 120_000);

  it('no leaf changed, property added or removed, or contexts reordered in a credential or presentation carried in a VC1-R or VP1-R QR payload, encoded again, comes out verified', async () => {
    const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const holder = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const credential = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did }));
    const held = await issuer.sign(openBadgeCredential({ version: 1, issuer: issuer.did, subjectId: holder.did }));
    const presentation = await issuePresentation(holder, [held], CHALLENGE, 1);
    const subjects = [
      qrSubject('qr-payload/valid[VC1-R]--verified', 'VC1-', credential, await qrText('VC1-', credential), { offline: true, now: NOW }),
      qrSubject('qr-payload/presentation[VP1-R]--verified', 'VP1-', presentation, await qrText('VP1-', presentation), { offline: true, now: NOW, challenge: CHALLENGE }),
    ];
    const { survivors, mutants } = await sweep('qr-payload', subjects);
    expect(mutants).toBeGreaterThan(60);
    expect(survivors).toEqual([]);
  }, 120_000);
});
