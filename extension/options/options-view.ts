/**
 * The options page: automatic checking on LinkedIn, extra sites, trust lists, language. Every
 * change is saved at once; the worker picks it up from storage.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '../../components/mc-verify/labels/labels.ts';
import type { LanguageSetting, Settings, StoredTrustList } from '../settings/settings.ts';

export interface OptionsHandlers {
  setAutoCheck(on: boolean): void;
  addSite(input: string): void;
  removeSite(origin: string): void;
  addTrustListFromUrl(url: string): void;
  addTrustListFromFile(file: File): void;
  removeTrustList(id: string): void;
  setLanguage(language: LanguageSetting): void;
}

const LANGUAGE_CHOICES: Readonly<Record<LanguageSetting, string>> = { auto: 'The browser’s language', ...LANGUAGE_NAMES };

export function optionsView(settings: Settings, handlers: OptionsHandlers, notice?: string): TemplateResult {
  const onSubmit = (read: (data: FormData, form: HTMLFormElement) => void) => (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    read(new FormData(form), form);
    form.reset();
  };
  return html`
    <h1>mc-verify options</h1>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
    <section>
      <h2>LinkedIn</h2>
      <label class="switch">
        <input type="checkbox" name="auto-check" .checked=${settings.autoCheckLinkedIn} @change=${(event: Event) => handlers.setAutoCheck((event.target as HTMLInputElement).checked)} />
        Check credentials on LinkedIn pages automatically
      </label>
      <p class="hint">When this is off, open the mc-verify panel and choose “Check the links on this page”.</p>
    </section>
    <section>
      <h2>Extra sites</h2>
      <p class="hint">Sites where mc-verify also looks for credentials as pages load, such as a careers portal. The browser asks you to allow each one.</p>
      <ul class="list" aria-label="Extra sites">
        ${settings.extraSites.map((site) => html`<li><span>${site}</span> <button type="button" @click=${() => handlers.removeSite(site)}>Remove</button></li>`)}
      </ul>
      <form @submit=${onSubmit((data) => handlers.addSite(String(data.get('site') ?? '')))}>
        <label>Site <input name="site" required placeholder="example.org" /></label>
        <button type="submit">Add site</button>
      </form>
    </section>
    <section>
      <h2>Trust lists</h2>
      <p class="hint">
        A trust list says which issuers belong to which organisation: an mc-verify trust list or a Digital Credentials Consortium issuer
        registry. Without one, an issuer's name is only what the credential says about itself.
      </p>
      <ul class="list" aria-label="Trust lists">
        ${settings.trustLists.map((list) => trustListItem(list, handlers))}
      </ul>
      <form @submit=${onSubmit((data) => handlers.addTrustListFromUrl(String(data.get('url') ?? '')))}>
        <label>Address of a trust list <input name="url" type="url" required placeholder="https://…/registry.json" /></label>
        <button type="submit">Add from address</button>
      </form>
      <label class="file">
        Or a file
        <input type="file" accept="application/json,.json" @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) handlers.addTrustListFromFile(file);
          input.value = '';
        }} />
      </label>
    </section>
    <section>
      <h2>Language</h2>
      <label>
        Show verdicts and reports in
        <select @change=${(event: Event) => handlers.setLanguage((event.target as HTMLSelectElement).value as LanguageSetting)}>
          ${(['auto', ...UI_LANGUAGES] as const).map((language) => html`<option value=${language} ?selected=${settings.language === language}>${LANGUAGE_CHOICES[language]}</option>`)}
        </select>
      </label>
    </section>
    <section>
      <h2>Privacy</h2>
      <p>
        mc-verify sends nothing anywhere except the requests for the credentials and the documents they need (the issuer's keys and status
        lists). It collects no analytics. Settings and trust lists stay in this browser.
      </p>
    </section>
  `;
}

function trustListItem(list: StoredTrustList, handlers: OptionsHandlers): TemplateResult {
  const source = list.source.kind === 'url' ? list.source.url : list.source.fileName;
  return html`<li>
    <span><strong>${list.name}</strong> · ${list.issuerCount} issuers · ${source}</span>
    <button type="button" @click=${() => handlers.removeTrustList(list.id)}>Remove</button>
  </li>`;
}
