/// <reference types="mocha" />
/**
 * The templates on their own, as the extension's content script uses them: no custom element is
 * registered, the chip renders every state, and the report views render into any shadow root.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { VERDICTS } from '../../components/core/report.ts';
import { de } from '../../components/mc-verify/labels/de.ts';
import { en } from '../../components/mc-verify/labels/en.ts';
import { CHECK_IDS as PIPELINE_CHECKS } from '../../components/core/report.ts';
import { chipStyles, errorView, progressView, renderContext, reportStyles, reportView, themeStyles, verdictChip } from '../../components/mc-verify/templates/index.ts';
import revoked from '@corpus/dcc-verifier-core/v2-revoked.json?raw';
import validStatus from '@corpus/dcc-verifier-core/v2-valid-status.json?raw';
import { markdownReady } from '../../components/mc-verify/templates/markdown.ts';
import { corpusReport } from './helpers.ts';

/** A host with an open shadow root and the given styles, as a content script would make one. */
function host(...styles: CSSStyleSheet[]): ShadowRoot {
  const element = document.createElement('div');
  document.body.append(element);
  const root = element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles;
  return root;
}

const sheet = (result: { styleSheet?: CSSStyleSheet | undefined }): CSSStyleSheet => {
  if (!result.styleSheet) throw new Error('no constructable stylesheet');
  return result.styleSheet;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('templates without <mc-verify>', () => {
  it('do not register any custom element', () => {
    expect(customElements.get('mc-verify')).to.equal(undefined);
    expect(customElements.get('mc-scan')).to.equal(undefined);
  });

  it('show technical details only where there is more to say than the sentence', async () => {
    const root = host();
    render(reportView(await corpusReport(revoked), renderContext()), root);
    expect(root.querySelector('.check[data-check="status"] .expander')).to.exist;
    expect(root.querySelector('.check[data-check="issuer-trust"] .expander'), 'skipped: no trust list').to.not.exist;
  });

  it('render a chip for every verdict, with an icon and words', () => {
    const root = host(sheet(themeStyles), sheet(chipStyles));
    for (const verdict of VERDICTS) {
      render(verdictChip(verdict), root);
      const chip = root.querySelector('.chip');
      expect(chip?.getAttribute('data-verdict')).to.equal(verdict);
      expect(chip?.querySelector('svg[aria-hidden="true"]')).to.exist;
      expect(chip?.textContent?.trim()).to.equal(en.verdicts[verdict].chip);
      expect(chip?.getAttribute('title')).to.equal(en.verdicts[verdict].summary);
    }
  });

  it('render a chip while checking and when checking failed, in the given language', () => {
    const root = host();
    render(verdictChip('checking', de), root);
    expect(root.querySelector('.chip--checking')?.textContent?.trim()).to.equal(de.ui.chipChecking);
    render(verdictChip('error', de), root);
    expect(root.querySelector('.chip--error')?.textContent?.trim()).to.equal(de.ui.chipError);
  });

  it('render "not a credential" for a report on a document that is none, saying why in its title', async () => {
    const report = await corpusReport(JSON.stringify({ '@context': 'https://schema.org', type: 'Person', name: 'Ada' }));
    const root = host(sheet(themeStyles), sheet(chipStyles));
    render(verdictChip(report, de), root);
    const chip = root.querySelector('.chip');
    expect(chip?.getAttribute('data-verdict')).to.equal('not-a-credential');
    expect(chip?.textContent?.trim()).to.equal(de.ui.chipNotCredential);
    expect(chip?.getAttribute('title')).to.equal(de.problems[report.problems[0]!.code]);
  });

  it('render a chip from a finished report', async () => {
    const report = await corpusReport(validStatus);
    const root = host();
    render(verdictChip(report), root);
    expect(root.querySelector('.chip')?.getAttribute('data-verdict')).to.equal('verified');
  });

  it('render the full report, the progress view and the error view into any shadow root', async () => {
    const report = await corpusReport(validStatus);
    const root = host(sheet(themeStyles), sheet(reportStyles));
    const ctx = renderContext();
    render(reportView(report, ctx), root);
    expect(root.querySelector('.verdict')?.getAttribute('data-verdict')).to.equal('verified');
    expect(root.querySelectorAll('.check')).to.have.length(report.checks.length);
    render(progressView(ctx), root);
    expect(root.querySelectorAll('.check[data-state="pending"]')).to.have.length(PIPELINE_CHECKS.length);
    render(errorView('engine-unavailable', renderContext({ labels: de })), root);
    expect(root.querySelector('.verdict__title')?.textContent?.trim()).to.equal(de.errors['engine-unavailable'].title);
  });

  it('show markdown as plain text at once, then as sanitised HTML when the renderer has loaded', async () => {
    const report = await corpusReport(validStatus);
    report.credential!.achievement!.criteria = { narrative: 'Pass **both** parts. <b onclick="alert(1)">raw</b>' };
    const root = host(sheet(themeStyles), sheet(reportStyles));
    render(reportView(report, renderContext()), root);
    await markdownReady();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const strong = [...root.querySelectorAll('strong')].map((element) => element.textContent);
    expect(strong).to.include('both');
    expect(root.querySelector('[onclick]')).to.equal(null);
  });

  it('list the checks in the order the engine runs them', async () => {
    const report = await corpusReport(validStatus);
    expect(report.checks.map((check) => check.id)).to.deep.equal([...PIPELINE_CHECKS]);
  });

  it('keep what the reader opened when the same report renders again', async () => {
    const report = await corpusReport(revoked);
    const root = host();
    const ctx = renderContext();
    render(reportView(report, ctx), root);
    const button = root.querySelector<HTMLButtonElement>('.check[data-check="status"] .expander');
    expect(button).to.exist;
    button?.click();
    render(reportView(report, ctx), root);
    expect(button?.getAttribute('aria-expanded')).to.equal('true');
  });
});
