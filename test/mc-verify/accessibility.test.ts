/// <reference types="mocha" />
/**
 * WCAG 2.1 AA: axe finds no violations in any state, in both themes and both layouts, and a
 * keyboard alone reaches and operates everything.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VerificationReport, VerifyOptions } from '../../components/core/index.ts';
import '../../components/mc-scan/mc-scan.ts';
import type { McScan } from '../../components/mc-scan/mc-scan.ts';
import '../../components/mc-verify/mc-verify.ts';
import type { McVerify } from '../../components/mc-verify/mc-verify.ts';
import badDidWeb from '@corpus/dcc-verifier-core/v2-bad-didweb.json?raw';
import expired from '@corpus/dcc-verifier-core/v2-expired.json?raw';
import revoked from '@corpus/dcc-verifier-core/v2-revoked.json?raw';
import validStatus from '@corpus/dcc-verifier-core/v2-valid-status.json?raw';
import notYetValid from '@corpus/dcc-vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/oidf-noStatus-notExpired-notYetValid.json?raw';
import alignments from '@corpus/links/dcc-vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-alignments.json?raw';
import tampered from '@corpus/w3c-vc-di-eddsa/derived/eddsa-rdfc-2022-alumni.tampered-subject.json?raw';
import { suspended, suspendedDocuments } from 'virtual:issued';
import { corpusReport, documents, shadow, until } from './helpers.ts';

const CASES: readonly [string, string, VerifyOptions?][] = [
  ['verified', validStatus],
  ['verified, with alignments', alignments],
  ['invalid', tampered],
  ['expired', expired],
  ['not yet valid', notYetValid],
  ['revoked', revoked],
  ['suspended', suspended, { documents: { ...documents, ...suspendedDocuments } }],
  ['unverifiable', badDidWeb],
];

const reports = new Map<string, VerificationReport>();
before(async () => {
  for (const [name, credential, options] of CASES) reports.set(name, await corpusReport(credential, options));
});

afterEach(() => fixtureCleanup());

/** The focusable controls of a shadow root that are not inside a hidden region, in DOM order. */
function tabStops(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('a[href], button, input, textarea')].filter((element) => !element.closest('[hidden]'));
}

/** Presses Tab until focus leaves `element`, recording the focused control inside its shadow root each time. */
async function tabThrough(element: HTMLElement, limit = 60): Promise<Element[]> {
  const visited: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement !== element) break;
    const focused = shadow(element).activeElement;
    if (focused) visited.push(focused);
  }
  return visited;
}

describe('axe finds no violations', () => {
  for (const [name] of CASES) {
    for (const theme of ['light', 'dark'] as const) {
      for (const compact of [false, true]) {
        it(`${name}, ${theme}${compact ? ', compact' : ''}`, async () => {
          const element = await fixture<McVerify>(html`<mc-verify theme=${theme} ?compact=${compact} .report=${reports.get(name)}></mc-verify>`);
          // Open every expander, so axe also checks what they reveal.
          for (const button of shadow(element).querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) button.click();
          await expect(element).to.be.accessible();
        });
      }
    }
  }

  it('while checking', async () => {
    const element = await fixture<McVerify>(html`<mc-verify src="https://credentials.example.org/slow.json" .options=${{ fetch: () => new Promise<Response>(() => {}) }}></mc-verify>`);
    await until(() => shadow(element).querySelector('.verdict--checking') !== null, 'the progress view');
    await expect(element).to.be.accessible();
  });

  it('when verification could not run', async () => {
    const element = await fixture<McVerify>(html`<mc-verify src="ftp://example.org/credential.json"></mc-verify>`);
    await until(() => shadow(element).querySelector('[part~="error"]') !== null, 'the error view');
    await expect(element).to.be.accessible();
  });

  it('in <mc-scan>', async () => {
    const element = await fixture<McScan>(html`<mc-scan></mc-scan>`);
    await until(() => shadow(element).querySelector('textarea') !== null, 'the scan form');
    await expect(element).to.be.accessible();
  });
});

describe('keyboard', () => {
  it('reaches every control in DOM order with Tab, and nothing hidden', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const element = await fixture<McVerify>(html`<mc-verify .report=${reports.get('verified, with alignments')}></mc-verify>`);
      before.focus();
      const visited = await tabThrough(element);
      expect(visited.length).to.be.at.least(3);
      expect(visited).to.deep.equal(tabStops(shadow(element)));
    } finally {
      before.remove();
    }
  });

  it('opens and closes "Technical details" with Enter and Space, saying so with aria-expanded', async () => {
    const element = await fixture<McVerify>(html`<mc-verify .report=${reports.get('revoked')}></mc-verify>`);
    const root = shadow(element);
    const button = root.querySelector<HTMLButtonElement>('.check[data-check="status"] .expander');
    const region = root.getElementById(button?.getAttribute('aria-controls') ?? '');
    expect(region?.hidden).to.equal(true);
    button?.focus();
    await sendKeys({ press: 'Enter' });
    expect(button?.getAttribute('aria-expanded')).to.equal('true');
    expect(region?.hidden).to.equal(false);
    expect(region?.textContent).to.include('CREDENTIAL_REVOKED');
    await sendKeys({ press: 'Space' });
    expect(button?.getAttribute('aria-expanded')).to.equal('false');
    expect(region?.hidden).to.equal(true);
  });

  it('compact: "Show more" opens with Enter, and Tab then moves into what it revealed', async () => {
    const element = await fixture<McVerify>(html`<mc-verify compact .report=${reports.get('verified, with alignments')}></mc-verify>`);
    const root = shadow(element);
    const more = root.querySelector<HTMLButtonElement>('button[part~="more"]');
    const hiddenStops = tabStops(root).length;
    more?.focus();
    await sendKeys({ press: 'Enter' });
    expect(more?.getAttribute('aria-expanded')).to.equal('true');
    expect(tabStops(root).length).to.be.greaterThan(hiddenStops);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.closest('.more')).to.exist;
  });
});
