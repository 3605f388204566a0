/**
 * The options page's behaviour: each change goes through the rules in settings/settings.ts and is
 * saved; adding a site or a trust list address first asks the browser for access to that site,
 * from this page's click (permissions.request needs a user gesture, and only extension UI may ask).
 */
import { render } from 'lit';
import { browser } from 'wxt/browser';
import { addExtraSite, addTrustList, DEFAULT_SETTINGS, removeExtraSite, removeTrustList, siteMatchPattern, siteOrigin, type Change, type Settings } from '../settings/settings.ts';
import { loadSettings, saveSettings } from '../settings/settings-storage.ts';
import { optionsView, type OptionsHandlers } from './options-view.ts';

export async function startOptions(root: HTMLElement): Promise<void> {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let notice: string | undefined;
  const draw = () => render(optionsView(settings, handlers, notice), root);

  const apply = async (change: Change | Settings, done?: string): Promise<void> => {
    if ('ok' in change && !change.ok) {
      notice = change.error;
      draw();
      return;
    }
    settings = 'ok' in change ? change.settings : change;
    await saveSettings(browser.storage.local, settings);
    notice = done;
    draw();
  };

  const handlers: OptionsHandlers = {
    setAutoCheck: (on) => void apply({ ...settings, autoCheckLinkedIn: on }),
    setLanguage: (language) => void apply({ ...settings, language }),
    addSite(input) {
      const change = addExtraSite(settings, input);
      const origin = siteOrigin(input);
      if (!change.ok || !origin) return void apply(change);
      void browser.permissions.request({ origins: [siteMatchPattern(origin)] }).then(
        (granted) => (granted ? apply(change, `mc-verify now checks ${origin}.`) : apply({ ok: false, error: `Access to ${origin} was not allowed.` })),
        (error: unknown) => apply({ ok: false, error: String(error) }),
      );
    },
    removeSite(origin) {
      void apply(removeExtraSite(settings, origin));
      void browser.permissions.remove({ origins: [siteMatchPattern(origin)] }).catch(() => false);
    },
    addTrustListFromUrl(input) {
      let url: URL;
      try {
        url = new URL(input);
      } catch {
        return void apply({ ok: false, error: 'That is not an address.' });
      }
      if (url.protocol !== 'https:') return void apply({ ok: false, error: 'Trust lists are read over https only.' });
      void browser.permissions
        .request({ origins: [siteMatchPattern(url.origin)] })
        .then(async (granted) => {
          if (!granted) return apply({ ok: false, error: `Access to ${url.origin} was not allowed.` });
          const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
          if (!response.ok) return apply({ ok: false, error: `${url.href} answered ${response.status}.` });
          return apply(addTrustList(settings, { source: { kind: 'url', url: url.href }, text: await response.text(), addedAt: new Date().toISOString() }), 'Trust list added.');
        })
        .catch((error: unknown) => apply({ ok: false, error: `The trust list could not be read: ${String(error)}` }));
    },
    addTrustListFromFile(file) {
      void file.text().then((text) => apply(addTrustList(settings, { source: { kind: 'file', fileName: file.name }, text, addedAt: new Date().toISOString() }), 'Trust list added.'));
    },
    removeTrustList: (id) => void apply(removeTrustList(settings, id)),
  };

  settings = await loadSettings(browser.storage.local);
  draw();
}
