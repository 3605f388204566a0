/// <reference types="mocha" />
/**
 * `<mc-verify>`: every verdict from real corpus credentials, the inputs (property, src, child
 * script, finished report), events, cancellation, languages, layouts and themes.
 */
import { assert, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { Verdict, VerificationReport, VerifyOptions } from '../../components/core/index.ts';
import { de } from '../../components/mc-verify/labels/de.ts';
import { en } from '../../components/mc-verify/labels/en.ts';
import { fr } from '../../components/mc-verify/labels/fr.ts';
import '../../components/mc-verify/mc-verify.ts';
import { CHECK_IDS as PIPELINE_CHECKS } from '../../components/core/report.ts';
import type { McVerify } from '../../components/mc-verify/mc-verify.ts';
import badDidWeb from '@corpus/dcc-verifier-core/v2-bad-didweb.json?raw';
import expired from '@corpus/dcc-verifier-core/v2-expired.json?raw';
import revoked from '@corpus/dcc-verifier-core/v2-revoked.json?raw';
import validStatus from '@corpus/dcc-verifier-core/v2-valid-status.json?raw';
import notYetValid from '@corpus/dcc-vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/oidf-noStatus-notExpired-notYetValid.json?raw';
import ob2Assertion from '@corpus/1edtech-validator/ob20/basic-assertion.json?raw';
import alignments from '@corpus/links/dcc-vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-alignments.json?raw';
import tampered from '@corpus/w3c-vc-di-eddsa/derived/eddsa-rdfc-2022-alumni.tampered-subject.json?raw';
import { suspended, suspendedDocuments } from 'virtual:issued';
import { corpusReport, documents, nextReport, now, shadow, sleep, snapshot, until } from './helpers.ts';

/**
 * One real credential per verdict: corpus credentials, except `suspended` (the corpus's one
 * suspended case is a Blockcerts certificate whose status lists use a suite the engine does not
 * verify), which is issued for the test run with the Digital Bazaar libraries.
 */
const VERDICT_CASES: readonly { verdict: Verdict; credential: string; options?: VerifyOptions }[] = [
  { verdict: 'verified', credential: validStatus },
  { verdict: 'invalid', credential: tampered },
  { verdict: 'expired', credential: expired },
  { verdict: 'not-yet-valid', credential: notYetValid },
  { verdict: 'revoked', credential: revoked },
  { verdict: 'suspended', credential: suspended, options: { documents: { ...documents, ...suspendedDocuments } } },
  { verdict: 'unverifiable', credential: badDidWeb },
];

/** Renders `<mc-verify>` for a corpus credential, offline, and waits for its report. */
async function verified(credential: string, options?: VerifyOptions, attributes: Partial<Pick<McVerify, 'recipient' | 'compact' | 'language'>> = {}): Promise<{ element: McVerify; report: VerificationReport }> {
  const element = await fixture<McVerify>(html`<mc-verify offline now=${now} .documents=${options?.documents ?? documents} .options=${options}></mc-verify>`);
  Object.assign(element, attributes);
  const done = nextReport(element);
  element.credential = credential;
  const report = await done;
  await element.updateComplete;
  return { element, report };
}

/** A fetch that answers only when the test says so, and records what it was asked. */
function controlledFetch() {
  const calls: { url: string; init: RequestInit; answer: (body: string) => void }[] = [];
  const fetch = (url: string, init: RequestInit): Promise<Response> =>
    new Promise((resolve, reject) => {
      calls.push({ url, init, answer: (body) => resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/ld+json' } })) });
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason ?? new DOMException('aborted', 'AbortError')));
    });
  return { calls, fetch };
}

afterEach(() => {
  fixtureCleanup();
  document.documentElement.lang = 'en';
});

describe('<mc-verify> renders every verdict from real corpus credentials', () => {
  for (const { verdict, credential, options } of VERDICT_CASES) {
    it(`shows "${verdict}" with its icon, its words and every check`, async () => {
      const { element, report } = await verified(credential, options);
      expect(report.verdict).to.equal(verdict);
      expect(element.verdict).to.equal(verdict);
      const root = shadow(element);
      const banner = root.querySelector(`.verdict[data-verdict="${verdict}"]`);
      expect(banner, 'the banner carries the verdict').to.exist;
      expect(banner?.querySelector('.verdict__icon svg')).to.exist;
      expect(root.querySelector('.verdict__title')?.textContent?.trim()).to.equal(en.verdicts[verdict].title);
      expect(root.querySelector('.verdict__summary')?.textContent?.trim()).to.equal(en.verdicts[verdict].summary);
      expect(root.querySelectorAll('.check')).to.have.length(report.checks.length);
      for (const check of report.checks) expect(root.querySelector(`.check[data-check="${check.id}"]`)?.getAttribute('data-state')).to.equal(check.status);
    });
  }

  it('gives each verdict a different icon', async () => {
    const shapes = new Set<string>();
    for (const { credential, options } of VERDICT_CASES) {
      const { element } = await verified(credential, options);
      shapes.add(shadow(element).querySelector('.verdict__icon svg')?.innerHTML ?? '');
      fixtureCleanup();
    }
    expect(shapes.size).to.equal(VERDICT_CASES.length);
  });

  it('shows the verified view of a verified credential (semantic snapshot)', async () => {
    const { element } = await verified(validStatus);
    const snap = snapshot(shadow(element));
    expect(snap.verdict).to.equal('verified');
    expect(snap.title).to.equal('Verified');
    expect(snap.headings).to.deep.equal(['h2 Verified', 'h3 Masters - v2 - unrevoked', 'h4 Description', 'h4 Criteria', 'h3 What was checked', 'h3 Good to know']);
    expect(snap.facts).to.deep.equal([
      ['Issued by', 'Example Corp Issuer identity not confirmed: the name comes from the credential itself.'],
      ['Issued to', 'Taylor Tuna'],
      ['Valid from', 'January 1, 2010'],
    ]);
    expect(snap.checks).to.deep.equal([
      ['parse', 'passed'],
      ['context', 'passed'],
      ['conformance', 'passed'],
      ['proof', 'passed'],
      ['issuer-key', 'passed'],
      ['validity-period', 'passed'],
      ['status', 'passed'],
      ['issuer-trust', 'skipped'],
      ['recipient', 'skipped'],
      ['eu-profile', 'skipped'],
    ]);
  });

  it('shows a revoked credential with the reason in the status check (semantic snapshot)', async () => {
    const { element } = await verified(revoked);
    const root = shadow(element);
    const snap = snapshot(root);
    expect(snap.verdict).to.equal('revoked');
    expect(snap.checks.find(([id]) => id === 'status')).to.deep.equal(['status', 'failed']);
    expect(root.querySelector('.check[data-check="status"] .check__sentence')?.textContent).to.equal(en.problems.CREDENTIAL_REVOKED);
    expect(root.querySelector('.check[data-check="status"] code')?.textContent).to.equal('CREDENTIAL_REVOKED');
  });

  it('shows nothing the credential claims when the signature does not verify', async () => {
    const { element } = await verified(tampered);
    const root = shadow(element);
    const snap = snapshot(root);
    expect(snap.verdict).to.equal('invalid');
    expect(root.querySelector('[part~="name"]')).to.not.exist;
    expect(root.querySelector('[part~="issuer"]')).to.not.exist;
    expect(root.querySelector('.no-details')?.textContent?.trim()).to.equal(en.ui.noDetails);
    expect(root.querySelector('.verdict__reason')?.textContent).to.equal(en.problems.SIGNATURE_INVALID);
  });

  it('lists skills and alignments with links to their frameworks', async () => {
    const { element } = await verified(alignments);
    const root = shadow(element);
    const items = root.querySelectorAll('[part~="alignments"] > li');
    expect(items.length).to.be.greaterThan(0);
    const link = root.querySelector<HTMLAnchorElement>('[part~="alignments"] a');
    expect(link?.href).to.match(/^https:\/\/credentialfinder\.org\//);
    expect(link?.rel).to.equal('noopener noreferrer nofollow');
    expect(link?.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });
});

describe('<mc-verify> events', () => {
  it('fires mc-verify-start, then mc-verify-complete once per verification, with the report', async () => {
    const element = await fixture<McVerify>(html`<mc-verify offline now=${now} .documents=${documents}></mc-verify>`);
    const events: string[] = [];
    const reports: VerificationReport[] = [];
    element.addEventListener('mc-verify-start', (event) => events.push(`start:${event.detail.input}`));
    element.addEventListener('mc-verify-complete', (event) => {
      events.push(`complete:${event.detail.report.verdict}`);
      reports.push(event.detail.report);
    });
    element.credential = validStatus;
    await until(() => reports.length === 1, 'the first report');
    element.credential = expired;
    await until(() => reports.length === 2, 'the second report');
    await sleep(200);
    expect(events).to.deep.equal(['start:credential', 'complete:verified', 'start:credential', 'complete:expired']);
    expect(reports[1]?.checks.length).to.be.greaterThan(0);
  });

  it('verify() runs the verification again and fires again', async () => {
    const { element } = await verified(validStatus);
    let completes = 0;
    element.addEventListener('mc-verify-complete', () => completes++);
    const report = await element.verify();
    expect(report?.verdict).to.equal('verified');
    expect(completes).to.equal(1);
  });

  it('fires mc-verify-error, not complete, for a src that is not http(s)', async () => {
    const element = document.createElement('mc-verify');
    const error = new Promise<string>((resolve) => element.addEventListener('mc-verify-error', (event) => resolve(event.detail.reason), { once: true }));
    let completed = false;
    element.addEventListener('mc-verify-complete', () => (completed = true));
    element.setAttribute('src', 'javascript:alert(1)');
    document.body.append(element);
    try {
      expect(await error).to.equal('unsafe-src');
      await element.updateComplete;
      expect(completed).to.equal(false);
      expect(shadow(element).querySelector('[part~="error"] .verdict__title')?.textContent?.trim()).to.equal(en.errors['unsafe-src'].title);
    } finally {
      element.remove();
    }
  });

  it('renders the error state as plain words with what to do next (shadow DOM snapshot)', async () => {
    const element = await fixture<McVerify>(html`<mc-verify src="data:text/html,<b>x</b>"></mc-verify>`);
    await until(() => shadow(element).querySelector('[part~="error"]') !== null, 'the error view');
    assert.shadowDom.equal(
      element,
      `<div class="base report report--full" data-state="error" lang="en" part="base">
        <div aria-atomic="true" aria-live="polite" class="live" role="status">
          <div class="verdict verdict--error" data-error="unsafe-src" part="error">
            <span class="verdict__icon" part="verdict-icon"><svg></svg></span>
            <div class="verdict__text">
              <h2 class="verdict__title" part="verdict-title">This link cannot be checked</h2>
              <p class="verdict__summary" part="error-next">${en.errors['unsafe-src'].next}</p>
            </div>
          </div>
        </div>
        <slot name="footer"></slot>
      </div>`,
      { ignoreChildren: ['svg'], ignoreAttributes: [{ tags: ['svg'], attributes: ['viewBox', 'width', 'height', 'aria-hidden', 'focusable', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'class'] }] },
    );
  });

  it('fires mc-verify-error when the trust list cannot be loaded', async () => {
    const element = await fixture<McVerify>(
      html`<mc-verify offline now=${now} .documents=${documents} trust="https://trust.example.org/list.json" .options=${{ fetch: () => Promise.resolve(new Response('nope', { status: 404 })) }}></mc-verify>`,
    );
    const error = new Promise<string>((resolve) => element.addEventListener('mc-verify-error', (event) => resolve(event.detail.reason), { once: true }));
    element.credential = validStatus;
    expect(await error).to.equal('trust-list');
  });
});

describe('<mc-verify> inputs', () => {
  it('verifies a credential given in a child <script type="application/vc+ld+json">', async () => {
    const element = document.createElement('mc-verify');
    Object.assign(element, { offline: true, now, documents });
    const script = document.createElement('script');
    script.type = 'application/vc+ld+json';
    script.textContent = expired;
    element.append(script);
    const done = nextReport(element);
    document.body.append(element);
    try {
      expect((await done).verdict).to.equal('expired');
      const again = nextReport(element);
      script.textContent = validStatus;
      expect((await again).verdict).to.equal('verified');
    } finally {
      element.remove();
    }
  });

  it('renders a finished report without verifying and without events', async () => {
    const report = await corpusReport(revoked);
    let events = 0;
    const element = document.createElement('mc-verify');
    for (const name of ['mc-verify-start', 'mc-verify-complete', 'mc-verify-error'] as const) element.addEventListener(name, () => events++);
    element.report = report;
    document.body.append(element);
    try {
      await element.updateComplete;
      expect(shadow(element).querySelector('.verdict')?.getAttribute('data-verdict')).to.equal('revoked');
      expect(element.currentReport).to.equal(report);
      await sleep(100);
      expect(events).to.equal(0);
    } finally {
      element.remove();
    }
  });

  it('fetches src through the given fetch, and aborts it when src changes; the late result is ignored', async () => {
    const { calls, fetch } = controlledFetch();
    const element = await fixture<McVerify>(html`<mc-verify now=${now} .documents=${documents} .options=${{ fetch }}></mc-verify>`);
    const completes: Verdict[] = [];
    element.addEventListener('mc-verify-complete', (event) => completes.push(event.detail.report.verdict));
    element.src = 'https://credentials.example.org/a.json';
    await until(() => calls.length === 1, 'the first fetch');
    element.src = 'https://credentials.example.org/b.json';
    await until(() => calls.length === 2, 'the second fetch');
    expect(calls[0]?.url).to.equal('https://credentials.example.org/a.json');
    expect(calls[0]?.init.signal?.aborted, 'the first verification was aborted').to.equal(true);
    calls[0]?.answer(validStatus);
    calls[1]?.answer(expired);
    await until(() => completes.length > 0, 'a report');
    await sleep(200);
    expect(completes).to.deep.equal(['expired']);
    expect(element.verdict).to.equal('expired');
  });

  it('ignores a late result when src changes while the engine is still working', async () => {
    const element = await fixture<McVerify>(html`<mc-verify offline now=${now} .documents=${documents}></mc-verify>`);
    const completes: Verdict[] = [];
    element.addEventListener('mc-verify-complete', (event) => completes.push(event.detail.report.verdict));
    element.credential = revoked;
    await element.updateComplete;
    element.credential = validStatus;
    await until(() => completes.length > 0, 'a report');
    await sleep(300);
    expect(completes).to.deep.equal(['verified']);
  });

  it('compares a known email with an Open Badges 2.0 hashed recipient and never shows the hash', async () => {
    // Hosted verification reads the issuer's copy at the assertion's id; offline, the corpus file is that copy.
    const hosted: VerifyOptions = { documents: { ...documents, [(JSON.parse(ob2Assertion) as { id: string }).id]: JSON.parse(ob2Assertion) as unknown } };
    const match = await verified(ob2Assertion, hosted, { recipient: 'nobody@example.org' });
    expect(match.report.checks.find((check) => check.id === 'recipient')?.status).to.equal('passed');
    const recipient = shadow(match.element).querySelector('[part~="recipient"]')?.textContent ?? '';
    expect(recipient).to.include('hashed');
    expect(recipient).to.not.match(/sha256|ecf5409f/);
    fixtureCleanup();
    const other = await verified(ob2Assertion, hosted, { recipient: 'someone@example.org' });
    expect(other.report.checks.find((check) => check.id === 'recipient')?.status).to.equal('failed');
    expect(shadow(other.element).querySelector('.check[data-check="recipient"] .check__sentence')?.textContent).to.equal(en.problems.RECIPIENT_MISMATCH);
  });

  it('confirms the issuer with a trust list given by URL', async () => {
    const list = { type: 'McVerifyTrustList', name: 'Test partners', issuers: { 'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q': { name: 'Example Corporation' } } };
    const fetch = (url: string): Promise<Response> => Promise.resolve(url === 'https://trust.example.org/ok.json' ? Response.json(list) : new Response('', { status: 404 }));
    const element = await fixture<McVerify>(html`<mc-verify offline now=${now} .documents=${documents} trust="https://trust.example.org/ok.json" .options=${{ fetch }}></mc-verify>`);
    const done = nextReport(element);
    element.credential = alignments;
    const report = await done;
    await element.updateComplete;
    expect(report.credential?.issuer.trustedBy?.list).to.equal('Test partners');
    expect(shadow(element).querySelector('.trust--confirmed')?.textContent?.trim()).to.equal(en.ui.issuerConfirmed('Test partners', 'Example Corporation'));
  });
});

describe('<mc-verify> languages, layouts and themes', () => {
  it('speaks the language of its lang attribute', async () => {
    const { element } = await verified(revoked, undefined, { language: 'de' });
    await until(() => shadow(element).querySelector('.verdict__title')?.textContent?.trim() === de.verdicts.revoked.title, 'German labels');
    expect(shadow(element).querySelector('.check[data-check="status"] .check__sentence')?.textContent).to.equal(de.problems.CREDENTIAL_REVOKED);
  });

  it("speaks the page's language when it has no lang attribute", async () => {
    document.documentElement.lang = 'fr-BE';
    const { element } = await verified(expired);
    await until(() => shadow(element).querySelector('.verdict__title')?.textContent?.trim() === fr.verdicts.expired.title, 'French labels');
  });

  it('falls back to English for a language it does not speak', async () => {
    const { element } = await verified(expired, undefined, { language: 'tlh' });
    expect(shadow(element).querySelector('.verdict__title')?.textContent?.trim()).to.equal(en.verdicts.expired.title);
  });

  it('shows the chosen language of a language map, marked with its lang', async () => {
    const report = await corpusReport(validStatus);
    const credential = report.credential;
    if (!credential?.achievement) throw new Error('the corpus credential has no achievement');
    const element = await fixture<McVerify>(
      html`<mc-verify lang="de" .report=${{ ...report, credential: { ...credential, achievement: { ...credential.achievement, name: { en: 'Teamwork', de: 'Teamarbeit', fr: "Travail d'équipe" } } } }}></mc-verify>`,
    );
    await until(() => shadow(element).querySelector('[part~="name"] bdi') !== null, 'the name');
    const name = shadow(element).querySelector('[part~="name"] bdi');
    expect(name?.textContent).to.equal('Teamarbeit');
    expect(name?.getAttribute('lang')).to.equal('de');
  });

  it('compact: verdict, name and issuer first; everything else behind one button', async () => {
    const { element } = await verified(validStatus, undefined, { compact: true });
    const root = shadow(element);
    const more = root.querySelector<HTMLButtonElement>('button[part~="more"]');
    expect(more?.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelector<HTMLElement>('.more')?.hidden).to.equal(true);
    expect(root.querySelector('[part~="name"]')).to.exist;
    more?.click();
    expect(more?.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector<HTMLElement>('.more')?.hidden).to.equal(false);
  });

  it('theme="dark" and theme="light" change the colours; custom properties override them', async () => {
    const report = await corpusReport(validStatus);
    const light = await fixture<McVerify>(html`<mc-verify theme="light" .report=${report}></mc-verify>`);
    const dark = await fixture<McVerify>(html`<mc-verify theme="dark" .report=${report}></mc-verify>`);
    const custom = await fixture<McVerify>(html`<mc-verify theme="light" style="--mc-verify-background: rgb(1, 2, 3)" .report=${report}></mc-verify>`);
    const background = (element: McVerify): string => getComputedStyle(shadow(element).querySelector('.base') as Element).backgroundColor;
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    expect(background(dark)).to.equal('rgb(22, 24, 29)');
    expect(background(custom)).to.equal('rgb(1, 2, 3)');
  });

  it('shows a loading state with every check waiting, announced in a live region', async () => {
    const { fetch } = controlledFetch();
    const element = await fixture<McVerify>(html`<mc-verify src="https://credentials.example.org/slow.json" .options=${{ fetch }}></mc-verify>`);
    await until(() => shadow(element).querySelector('.verdict--checking') !== null, 'the progress view');
    const root = shadow(element);
    expect(root.querySelector('[role="status"][aria-live="polite"] .verdict--checking')).to.exist;
    const pending = [...root.querySelectorAll('.check[data-state="pending"] .check__name')].map((name) => name.textContent);
    expect(pending).to.deep.equal(PIPELINE_CHECKS.map((id) => en.checks[id].name));
  });
});
