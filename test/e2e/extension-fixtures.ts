/**
 * What the extension's end-to-end tests browse: LinkedIn-like pages (the three layouts and the
 * details page), a CV page and a hostile page, served on 127.0.0.1 by the fixture server, linking
 * to credentials the same server serves. The credentials are issued in the test run with the real
 * Digital Bazaar libraries (test/support/issue.ts): valid, expired, revoked (a status list bit),
 * tampered (changed after signing); plus a dead port (unreachable), HTML pages (not a credential),
 * a baked badge PNG and a PNG of a QR code.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { bakePng, concatBytes, minimalPng, pngChunk, PNG_SIGNATURE } from '../support/bake.ts';
import { deadOrigin, FixtureServer } from '../support/fixture-server.ts';
import { createIssuer, issueStatusList, openBadgeCredential, statusEntry, type JsonObject } from '../support/issue.ts';
import { fixturePage, type FixturePage, type LinkMap, type LinkName } from '../extension/fixture-pages.ts';

export interface ServedFixtures {
  server: FixtureServer;
  /** http://127.0.0.1:<port> */
  origin: string;
  links: LinkMap;
  /** Page paths on the server. */
  pages: Readonly<Record<FixturePage | 'hostile-page', string>>;
  bakedImage: string;
  qrImage: string;
  /** The did:key that issued every fixture credential. */
  issuerDid: string;
}

/** Bit 5 of the revocation list is set; bit 1 is clear. */
const REVOKED_INDEX = 5;
const CLEAR_INDEX = 1;

export async function serveFixtures(): Promise<ServedFixtures> {
  const server = await FixtureServer.start();
  const origin = `http://127.0.0.1:${server.port}`;
  const dead = new URL(await deadOrigin());
  const url = (path: string) => `${origin}${path}`;

  const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  const listPath = '/status/revocation';
  server.json(listPath, await issueStatusList(issuer, { url: url(listPath), purpose: 'revocation', set: [REVOKED_INDEX] }));

  const credential = async (achievementName: string, options: { recipient?: string; index?: number; validUntil?: string } = {}) => {
    const unsigned = openBadgeCredential({
      version: 2,
      issuer: issuer.did,
      issuerName: 'Fixture University',
      achievementName,
      credentialStatus: statusEntry(url(listPath), options.index ?? CLEAR_INDEX, 'revocation'),
      ...(options.validUntil ? { validUntil: options.validUntil } : {}),
    });
    (unsigned.credentialSubject as JsonObject).name = options.recipient ?? 'Ada Lovelace';
    return issuer.sign(unsigned);
  };
  // A week ago, whenever the tests run: expired, but issued (2025-01-01) before.
  const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

  const valid = await credential('Data Literacy Foundations');
  const tampered = structuredClone(await credential('Advanced Data Science'));
  ((tampered.credentialSubject as JsonObject).achievement as JsonObject).name = 'Advanced Data Science (with distinction)';

  const served: Partial<Record<LinkName, [string, JsonObject | string]>> = {
    VALID_URL: ['/credentials/data-literacy.json', valid],
    OTHER_ISSUER_URL: ['/credentials/data-literacy-babbage.json', await credential('Data Literacy Foundations', { recipient: 'Charles Babbage' })],
    EXPIRED_URL: ['/credentials/cloud-practitioner.json', await credential('Cloud Practitioner', { validUntil: lastWeek })],
    REVOKED_URL: ['/credentials/responsible-ai.json', await credential('Responsible AI', { index: REVOKED_INDEX })],
    TAMPERED_URL: ['/credentials/advanced-data-science.json', tampered],
    GRACE_VALID_URL: ['/credentials/compiler-construction.json', await credential('Compiler Construction', { recipient: 'Grace Hopper' })],
    GRACE_REVOKED_URL: ['/credentials/cobol-fundamentals.json', await credential('COBOL Fundamentals', { recipient: 'Grace Hopper', index: REVOKED_INDEX })],
    BLOCKCERTS_URL: ['/credentials/embedded-certificate.json', await credential('Statistics Essentials')],
    HTML_PAGE_URL: ['/certificates/scrum-master', certificatePage()],
    NOT_A_CREDENTIAL_JSON_URL: ['/certificates/scrum-master.json', certificatePage()],
  };
  for (const [path, body] of Object.values(served)) {
    if (typeof body === 'string') server.route(path, { body, headers: { 'content-type': 'text/html; charset=utf-8' } });
    else server.json(path, body);
  }
  const links = {
    ...Object.fromEntries(Object.entries(served).map(([name, [path]]) => [name, url(path)])),
    UNREACHABLE_URL: `http://127.0.0.1:${dead.port}/credentials/open-data-practitioner.json`,
  } as LinkMap;

  const pages = {
    'linkedin-classic-profile': '/in/ada-lovelace/',
    'linkedin-classic-details': '/in/ada-lovelace/details/certifications/',
    'linkedin-lockup-profile': '/in/katherine-johnson/',
    'linkedin-public-profile': '/pub/ada-lovelace',
    'cv-page': '/cv/ada-lovelace.html',
    'hostile-page': '/in/mallory/',
  } as const;
  for (const [name, path] of Object.entries(pages)) {
    const html = name === 'hostile-page' ? hostilePage(links) : fixturePage(name as FixturePage, links);
    server.route(path, { body: html, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }

  const qrTarget = '/credentials/qr-statistics.json';
  server.json(qrTarget, await credential('Statistics Essentials (QR)'));
  server.route('/badges/baked.png', { body: bakePng(minimalPng(), 'openbadgecredential', JSON.stringify(valid)), headers: { 'content-type': 'image/png' } });
  server.route('/badges/qr.png', { body: qrPng(url(qrTarget)), headers: { 'content-type': 'image/png' } });

  return { server, origin, links, pages, bakedImage: url('/badges/baked.png'), qrImage: url('/badges/qr.png'), issuerDid: issuer.did };
}

function certificatePage(): string {
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Certificate of completion</title></head><body><h1>Certificate of completion</h1><p>Ada Lovelace completed the course.</p></body></html>';
}

function hostilePage(links: LinkMap): string {
  const html = readFileSync(new URL('./fixtures/hostile-page.html', import.meta.url), 'utf8');
  return html.replace(/\{\{(REVOKED_URL|TAMPERED_URL)\}\}/g, (_, name: 'REVOKED_URL' | 'TAMPERED_URL') => links[name]);
}

/** A PNG of the QR code for `text`: black modules on white, 8 pixels each, with the 4-module quiet zone. */
function qrPng(text: string): Uint8Array {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = 8;
  const quiet = 4;
  const side = (modules.size + 2 * quiet) * scale;
  const raw = new Uint8Array((side + 1) * side);
  for (let y = 0; y < side; y++) {
    raw[y * (side + 1)] = 0;
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - quiet;
      const column = Math.floor(x / scale) - quiet;
      const dark = row >= 0 && column >= 0 && row < modules.size && column < modules.size && Boolean(modules.get(row, column));
      raw[y * (side + 1) + 1 + x] = dark ? 0 : 255;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, side);
  view.setUint32(4, side);
  header.set([8, 0, 0, 0, 0], 8);
  return concatBytes(PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', new Uint8Array(deflateSync(raw))), pngChunk('IEND', new Uint8Array(0)));
}
