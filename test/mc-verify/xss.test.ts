/// <reference types="mocha" />
/**
 * Rendering never executes credential content (ARCHITECTURE.md rule 5; research/security.md §2 and
 * §6 F — tests named F75–F80 are those cases). Each payload sits in a field of the report's verified view (the view is data, so the
 * reports are crafted); after rendering, no payload has run, no `javascript:` link exists, and no
 * element carries an inline event handler.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { CredentialView, Problem, VerificationReport } from '../../components/core/index.ts';
import '../../components/mc-verify/mc-verify.ts';
import type { McVerify } from '../../components/mc-verify/mc-verify.ts';
import validStatus from '@corpus/dcc-verifier-core/v2-valid-status.json?raw';
import { corpusReport, shadow, sleep } from './helpers.ts';
import { markdownReady } from '../../components/mc-verify/templates/markdown.ts';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const RUN = 'window.__xss=1';

type Mutation = (credential: CredentialView, report: VerificationReport) => void;

/** Each payload and where it goes. */
const PAYLOADS: readonly [string, Mutation][] = [
  // text fields
  ['F75 · img onerror in the achievement name', (c) => void (c.achievement!.name = `<img src=x onerror="${RUN}">`)],
  ['script element in the issuer name', (c) => void (c.issuer.name = `<script>${RUN}</script>`)],
  ['attribute breakout in the recipient name', (c) => void (c.subject.name = `"><svg onload=${RUN}>`)],
  ['closing bdi and img in a tag', (c) => void (c.achievement!.tags = [`</bdi><img src=x onerror=${RUN}>`])],
  ['template syntax in the credential name', (c) => void (c.name = `{{constructor.constructor('${RUN}')()}} \${${RUN}}`)],
  ['img onerror in a result value', (c) => void (c.results = [{ value: `<img src=x onerror=${RUN}>`, status: '<script>1</script>' }])],
  ['script in the evidence name and genre', (c) => void (c.evidence = [{ name: `<script>${RUN}</script>`, genre: `<img src=x onerror=${RUN}>` }])],
  // markdown fields
  ['F76 · raw HTML img in the criteria narrative', (c) => void (c.achievement!.criteria = { narrative: `Do this.\n\n<img src=x onerror=${RUN}>` })],
  ['F76 · javascript: link in markdown', (c) => void (c.achievement!.criteria = { narrative: `[click me](javascript:${RUN})` })],
  ['mixed-case JaVaScRiPt: link in markdown', (c) => void (c.achievement!.description = `[click](JaVaScRiPt:${RUN})`)],
  ['data:text/html link in markdown', (c) => void (c.achievement!.description = '[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)')],
  ['raw HTML anchor with javascript: in markdown', (c) => void (c.achievement!.description = `<a href="javascript:${RUN}">x</a>`)],
  ['markdown image with javascript: source', (c) => void (c.achievement!.description = `![x](javascript:${RUN})`)],
  ['iframe in a description', (c) => void (c.achievement!.description = `<iframe src="javascript:${RUN}"></iframe>`)],
  ['svg script in an evidence narrative', (c) => void (c.evidence = [{ narrative: `<svg><script>${RUN}</script></svg>` }])],
  ['details ontoggle in a description', (c) => void (c.achievement!.description = `<details open ontoggle=${RUN}>x</details>`)],
  ['entity-encoded javascript: link', (c) => void (c.achievement!.description = `[x](&#106;avascript:${RUN})`)],
  ['percent-encoded tab in javascript: link', (c) => void (c.achievement!.description = `[x](java%09script:${RUN})`)],
  ['form with javascript: action', (c) => void (c.achievement!.description = `<form action="javascript:${RUN}"><button>go</button></form>`)],
  ['style element in markdown', (c) => void (c.achievement!.description = "<style>@import 'https://evil.example/x.css'; *{display:none}</style>")],
  ['mutation XSS through math and style', (c) => void (c.achievement!.description = `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`)],
  ['vbscript: link', (c) => void (c.achievement!.description = '[x](vbscript:msgbox(1))')],
  ['object with javascript: data', (c) => void (c.achievement!.description = `<object data="javascript:${RUN}"></object>`)],
  ['autolink to javascript:', (c) => void (c.achievement!.description = `<javascript:${RUN}>`)],
  ['alignment description with an onclick', (c) => void (c.alignments = [{ name: 'Skill', description: `<b onclick="${RUN}">bold</b>` }])],
  // image URLs
  ['javascript: badge image', (c) => void (c.image = `javascript:${RUN}`)],
  ['F78 · SVG data: badge image with onload', (c) => void (c.image = `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${RUN}"/>`)],
  ['data:text/html badge image', (c) => void (c.image = `data:text/html,<script>${RUN}</script>`)],
  ['attribute breakout in the image URL', (c) => void (c.image = `https://example.org/x.png" onerror="${RUN}`)],
  ['F78 · remote SVG badge image (only as <img>)', (c) => void (c.image = 'https://badges.example.org/evil.svg')],
  // issuer and other URLs
  ['F77 · javascript: issuer URL', (c) => void (c.issuer.url = `javascript:${RUN}`)],
  ['F77 · data:text/html issuer URL', (c) => void (c.issuer.url = `data:text/html,<script>${RUN}</script>`)],
  ['F77 · javascript: evidence id', (c) => void (c.evidence = [{ id: `javascript:${RUN}`, name: 'Portfolio' }])],
  ['javascript: criteria id with leading space', (c) => void (c.achievement!.criteria = { id: ` javascript:${RUN}` })],
  ['upper-case JAVASCRIPT: alignment URL', (c) => void (c.alignments = [{ name: 'Skill', url: `JAVASCRIPT:${RUN}` }])],
  ['tab and newline inside javascript: alignment URL', (c) => void (c.alignments = [{ name: 'Skill', url: `java\tscr\nipt:${RUN}` }])],
  ['user name and password in an issuer URL', (c) => void (c.issuer.url = 'https://paypal.com:login@evil.example/')],
  // language maps
  ['img onerror in a language map name', (c) => void (c.achievement!.name = { en: `<img src=x onerror=${RUN}>`, de: `<script>${RUN}</script>` })],
  ['javascript: link in a language map description', (c) => void (c.achievement!.description = { en: `[x](javascript:${RUN})`, fr: '<img src=x onerror=1>' })],
  ['attribute breakout in a language map key', (c) => void (c.achievement!.name = { [`en" onmouseover="${RUN}`]: 'Name' })],
  // data from trust lists and problem details
  ['script in a trust list name', (c) => void (c.issuer.trustedBy = { list: `<script>${RUN}</script>`, name: `<img src=x onerror=${RUN}>` })],
  [
    'img onerror in a problem detail',
    (_c, r) => {
      const problem: Problem = { type: 'https://example.org/p', code: 'SIGNATURE_INVALID', title: 't', detail: `value <img src=x onerror=${RUN}>` };
      r.warnings = [problem];
    },
  ],
];

let base: VerificationReport;
const alerts: string[] = [];
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

before(async () => {
  // Markdown is shown as text until its renderer loads; load it first so the sanitised HTML path is what is attacked.
  await markdownReady();
  base = await corpusReport(validStatus);
  window.alert = (message?: unknown) => void alerts.push(`alert ${String(message)}`);
  window.confirm = (message?: string) => (alerts.push(`confirm ${String(message)}`), false);
  window.prompt = (message?: string) => (alerts.push(`prompt ${String(message)}`), null);
});

after(() => Object.assign(window, originals));

beforeEach(() => {
  delete window.__xss;
  alerts.length = 0;
});

afterEach(() => fixtureCleanup());

/** A copy of the base report with one payload placed. */
function withPayload(mutate: Mutation): VerificationReport {
  const report = structuredClone(base);
  if (!report.credential?.achievement) throw new Error('the base report has no achievement');
  mutate(report.credential, report);
  return report;
}

/** Every element of a shadow root and of shadow roots inside it. */
function allElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? allElements(element.shadowRoot) : [])]);
}

describe('no credential content runs', () => {
  it(`has at least 30 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(30);
  });

  for (const [name, mutate] of PAYLOADS) {
    it(name, async () => {
      const element = await fixture<McVerify>(html`<mc-verify .report=${withPayload(mutate)}></mc-verify>`);
      // Open every expander, so hidden content is rendered and inspected too.
      for (const button of shadow(element).querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) button.click();
      // Give image loads and their error handlers time to run.
      await sleep(150);
      expect(window.__xss, 'a payload ran').to.equal(undefined);
      expect(alerts).to.deep.equal([]);
      const elements = allElements(shadow(element));
      const handlers = elements.flatMap((el) => [...el.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${el.localName}[${attribute.name}]`));
      expect(handlers, 'inline event handlers').to.deep.equal([]);
      const links = elements.filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement && el.hasAttribute('href'));
      expect(links.filter((a) => !/^https?:$/.test(new URL(a.href).protocol)).map((a) => a.href), 'non-http(s) links').to.deep.equal([]);
      expect(links.filter((a) => new URL(a.href).username !== '').map((a) => a.href), 'links with credentials').to.deep.equal([]);
      for (const a of links) expect(a.rel).to.equal('noopener noreferrer nofollow');
      const forbidden = elements.filter((el) => ['script', 'iframe', 'object', 'embed', 'form', 'style', 'math', 'details', 'foreignobject'].includes(el.localName.toLowerCase()));
      expect(forbidden.map((el) => el.localName), 'forbidden elements').to.deep.equal([]);
      const foreignSvg = elements.filter((el) => el.localName === 'svg' && !el.classList.contains('icon'));
      expect(foreignSvg, 'SVG other than our icons').to.have.length(0);
      for (const img of elements.filter((el): el is HTMLImageElement => el instanceof HTMLImageElement)) {
        expect(img.getAttribute('src') ?? '').to.match(/^(?:https?:\/\/|data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp);base64,)/i);
        expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      }
    });
  }
});

describe('text from a credential stays text', () => {
  it('shows markup in a name literally', async () => {
    const element = await fixture<McVerify>(html`<mc-verify .report=${withPayload((c) => void (c.achievement!.name = '<b>Bold</b> & <i>co</i>'))}></mc-verify>`);
    const name = shadow(element).querySelector('[part~="name"]');
    expect(name?.textContent?.trim()).to.equal('<b>Bold</b> & <i>co</i>');
    expect(name?.querySelector('b')).to.not.exist;
  });

  it('F79 · removes bidi overrides and zero-width characters from the issuer name, and says so', async () => {
    const element = await fixture<McVerify>(html`<mc-verify .report=${withPayload((c) => void (c.issuer.name = 'Univ\u200Bersity of \u202Egnirts\u202C Oxford\u2066'))}></mc-verify>`);
    const root = shadow(element);
    const name = root.querySelector('.issuer__name')?.textContent ?? '';
    expect(name).to.equal('University of gnirts Oxford');
    expect(name).to.not.match(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(root.querySelector('.issuer .note')).to.exist;
  });

  it('F80 · shortens a 1 MB description and a 10,000-item list to a bounded page', async () => {
    const report = withPayload((c) => {
      c.achievement!.description = 'word '.repeat(200_000);
      c.achievement!.tags = Array.from({ length: 10_000 }, (_, i) => `tag ${i}`);
    });
    const element = await fixture<McVerify>(html`<mc-verify .report=${report}></mc-verify>`);
    const root = shadow(element);
    expect(allElements(root).length, 'elements rendered').to.be.below(1_000);
    expect(root.querySelector('[part~="tags"]')?.children.length).to.equal(51);
    const short = root.querySelector<HTMLElement>('[part~="description"] [data-collapsed-only]');
    expect(short?.textContent?.length).to.be.below(700);
    const full = short?.nextElementSibling as HTMLElement | null;
    expect(full?.hidden).to.equal(true);
    expect(full?.textContent?.length).to.be.below(21_000);
  });
});
