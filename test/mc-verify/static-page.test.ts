/// <reference types="mocha" />
/**
 * The built bundle (dist/mc-verify/, from `npm run build`) works from a plain static page with one
 * script tag and one `<mc-verify>` tag, with no build step and no errors.
 */
import { expect } from '@open-wc/testing';
import { until } from './helpers.ts';

describe('the built bundle on a static page', () => {
  it('verifies the credential in a child script and shows the verdict', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/mc-verify/static-page.html';
    const errors: string[] = [];
    frame.addEventListener('load', () => {
      frame.contentWindow?.addEventListener('error', (event) => errors.push(event.message));
      frame.contentWindow?.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    });
    document.body.append(frame);
    try {
      const element = (): Element | null | undefined => frame.contentDocument?.querySelector('mc-verify');
      await until(() => Boolean(element()?.shadowRoot?.querySelector('.verdict[data-verdict]')), 'the verdict', 20_000);
      const root = element()?.shadowRoot;
      expect(root?.querySelector('.verdict')?.getAttribute('data-verdict')).to.equal('verified');
      expect(root?.querySelector('[part~="name"]')?.textContent?.trim()).to.equal('Teamwork');
      // The test server adds its own web-socket script to every page it serves; the page has one more.
      const scripts = [...(frame.contentDocument?.querySelectorAll('script[src]') ?? [])].filter((script) => !script.getAttribute('src')?.startsWith('/__web-dev-server__'));
      expect(scripts.map((script) => script.getAttribute('src'))).to.deep.equal(['../../dist/mc-verify/mc-verify.js']);
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
