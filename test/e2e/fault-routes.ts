/**
 * Credential links whose servers misbehave (research/security.md §4), served by the fixture
 * server: no answer at all, HTTP 500 and 503, a redirect loop, a body over the engine's 5 MiB
 * limit (declared, and streamed without a length), a body that drips one byte at a time or stops
 * halfway, a credential sent as text/html, and credentials whose status list never answers or
 * answers differently, and never acceptably, on each request. Each credential is really signed;
 * only the network is at fault.
 */
import type { FixtureServer } from '../support/fixture-server.ts';
import { issueStatusList, openBadgeCredential, statusEntry, type FixtureIssuer, type JsonObject } from '../support/issue.ts';

export const FAULTS = [
  'silent',
  'http-500',
  'http-503',
  'redirect-loop',
  'oversized',
  'oversized-streamed',
  'drip',
  'stall',
  'text-html',
  'status-list-silent',
  'status-list-changing',
] as const;

export type Fault = (typeof FAULTS)[number];

/** More than the engine reads of any document (DEFAULT_JSON_LIMITS.maxBytes, 5 MiB). */
const OVERSIZED_BYTES = 6 * 1024 * 1024;

/** Serves one credential link per fault under /faults/; returns the links. */
export async function serveFaults(server: FixtureServer, origin: string, issuer: FixtureIssuer, otherIssuer: FixtureIssuer): Promise<Record<Fault, string>> {
  const path = (fault: Fault) => `/faults/${fault}.json`;
  const credential = (name: string, status?: JsonObject) =>
    issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did, achievementName: name, ...(status ? { credentialStatus: status } : {}) }));
  const plain = JSON.stringify(await credential('Network Faults'));

  server.route(path('silent'), { delivery: 'silent' });
  server.route(path('http-500'), { status: 500, body: 'Internal Server Error', headers: { 'content-type': 'text/plain' } });
  server.route(path('http-503'), { status: 503, body: 'Service Unavailable', headers: { 'content-type': 'text/plain', 'retry-after': '1' } });
  server.route(path('redirect-loop'), { redirect: '/faults/redirect-loop-b.json' });
  server.route('/faults/redirect-loop-b.json', { redirect: path('redirect-loop') });
  const huge = `{"padding":"${'x'.repeat(OVERSIZED_BYTES)}"}`;
  server.route(path('oversized'), { body: huge, headers: { 'content-type': 'application/json' } });
  server.route(path('oversized-streamed'), { body: huge, headers: { 'content-type': 'application/json' }, delivery: 'chunked' });
  server.route(path('drip'), { body: plain, headers: { 'content-type': 'application/json' }, delivery: 'drip', dripMs: 200 });
  server.route(path('stall'), { body: plain, headers: { 'content-type': 'application/json' }, delivery: 'stall' });
  server.route(path('text-html'), { body: plain, headers: { 'content-type': 'text/html; charset=utf-8' } });

  const silentList = `${origin}/faults/status/silent`;
  server.route('/faults/status/silent', { delivery: 'silent' });
  server.json(path('status-list-silent'), await credential('Status Never Answers', statusEntry(silentList, 1, 'revocation')));

  // Each answer differs from the one before, and none is a list the issuer signed as it stands.
  const changingList = `${origin}/faults/status/changing`;
  const signed = await issueStatusList(issuer, { url: changingList, purpose: 'revocation' });
  const revoked = await issueStatusList(issuer, { url: changingList, purpose: 'revocation', set: [1] });
  const swapped = { ...signed, credentialSubject: revoked.credentialSubject };
  const unsigned = Object.fromEntries(Object.entries(signed).filter(([key]) => key !== 'proof'));
  const foreign = await issueStatusList(otherIssuer, { url: changingList, purpose: 'revocation' });
  server.route('/faults/status/changing', { bodies: [swapped, unsigned, foreign] });
  server.json(path('status-list-changing'), await credential('Status Changes', statusEntry(changingList, 1, 'revocation')));

  return Object.fromEntries(FAULTS.map((fault) => [fault, `${origin}${path(fault)}`])) as Record<Fault, string>;
}
