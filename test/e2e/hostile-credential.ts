/**
 * An Open Badges 3.0 credential with a payload in every field the side panel renders
 * (research/security.md §2 and §6 F, cases 75–80): markup and script in names, `javascript:` URLs
 * in issuer.url, evidence and achievement ids, an SVG `data:` image with an onload handler,
 * markdown with raw HTML and `javascript:` links, bidi controls and zero-width characters in names,
 * and a description of one megabyte. It is signed for real (test/support/issue.ts), so the worker
 * verifies it and the panel renders all of it.
 *
 * Every payload that runs sets `window[PWNED]` to the name of its field, so a test reads which one
 * ran, in whichever world it ran.
 */
import { openBadgeCredential, type FixtureIssuer, type JsonObject } from '../support/issue.ts';

/** The global a payload sets when it runs. */
export const PWNED = '__mcVerifyPwned';

/** Script source that records `field` as run. */
const run = (field: string) => `window.${PWNED}='${field}'`;

/** An element whose error handler runs the payload. */
export const imgPayload = (field: string) => `<img src=x onerror="${run(field)}">`;
export const scriptPayload = (field: string) => `<script>${run(field)}</script>`;
/** A `javascript:` URL; no spaces, so it is an IRI JSON-LD keeps. */
export const javascriptUrl = (field: string) => `javascript:${run(field)}`;

/** Right-to-left override and zero-width space: a name that reads as another. */
export const BIDI_OVERRIDE = '\u202E';
export const ZERO_WIDTH_SPACE = '\u200B';

/** An SVG image as a data: URL whose onload runs the payload (percent-encoded, so it is a valid IRI). */
function svgDataUrl(field: string): string {
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" onload="${run(field)}"><script>${run(`${field}-script`)}</script></svg>`)}`;
}

/** Markdown with raw HTML and links the renderer must not make clickable. */
function hostileMarkdown(field: string): string {
  return [
    `Passed the assessment. ${imgPayload(`${field}-raw-html`)}`,
    '',
    `[click me](${javascriptUrl(`${field}-link`)}) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
    '',
    `<a href="${javascriptUrl(`${field}-anchor`)}">raw anchor</a> <iframe src="${javascriptUrl(`${field}-iframe`)}"></iframe>`,
    '',
    `<details open ontoggle="${run(`${field}-ontoggle`)}">x</details>`,
  ].join('\n');
}

/** About one megabyte of markdown, payloads at the start and the end. */
function megabyteDescription(): string {
  const line = 'Reads, cleans and charts tabular data; explains what a chart does and does not show. ';
  return `${hostileMarkdown('description')}\n\n${line.repeat(Math.ceil(1_000_000 / line.length))}\n\n${imgPayload('description-end')}`;
}

/** The unsigned credential: every rendered field carries a payload. */
export function hostileCredential(issuer: FixtureIssuer): JsonObject {
  const credential = openBadgeCredential({ version: 2, issuer: issuer.did, achievementName: 'placeholder' });
  credential.name = `${imgPayload('credential-name')} Data ${BIDI_OVERRIDE}ycaretiL${ZERO_WIDTH_SPACE}`;
  credential.issuer = {
    id: issuer.did,
    type: ['Profile'],
    name: `Fixture ${BIDI_OVERRIDE}ytisrevinU${ZERO_WIDTH_SPACE} ${scriptPayload('issuer-name')}`,
    url: javascriptUrl('issuer-url'),
    image: { id: svgDataUrl('issuer-image'), type: 'Image' },
    description: hostileMarkdown('issuer-description'),
  };
  const subject = credential.credentialSubject as JsonObject;
  subject.name = `"><svg onload="${run('recipient-name')}"> Ada${ZERO_WIDTH_SPACE} Lovelace`;
  subject.achievement = {
    id: javascriptUrl('achievement-id'),
    type: ['Achievement'],
    name: `${imgPayload('achievement-name')} Data${ZERO_WIDTH_SPACE} Literacy ${BIDI_OVERRIDE}snoitadnuoF`,
    description: megabyteDescription(),
    criteria: { id: javascriptUrl('criteria-id'), narrative: hostileMarkdown('criteria') },
    image: { id: svgDataUrl('achievement-image'), type: 'Image', caption: imgPayload('image-caption') },
  };
  credential.evidence = [
    {
      id: javascriptUrl('evidence-id'),
      type: ['Evidence'],
      name: imgPayload('evidence-name'),
      narrative: hostileMarkdown('evidence'),
      genre: scriptPayload('evidence-genre'),
    },
  ];
  return credential;
}
