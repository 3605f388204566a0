/**
 * The language switcher: one language for the page's own text, `<html lang>`, and the `lang` of
 * every element that follows the page. The choice is kept in the address (`?lang=`) and in the
 * browser, so it carries across the demo's pages.
 */
import { loadDemoText, textAt, type DemoText } from '../../text/index.ts';
import { resolveLanguage, UI_LANGUAGES, type UiLanguage } from './elements.ts';

const STORAGE_KEY = 'mc-verify-demo-language';

/** Elements that take the page's language; an element marked `data-own-language` keeps its own. */
const FOLLOWERS = 'mc-verify:not([data-own-language]), mc-scan';

function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return UI_LANGUAGES.some((language) => language === value);
}

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The address's `?lang=`, then the last choice, then the browser's languages, then English. */
export function initialLanguage(): UiLanguage {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isUiLanguage(asked)) return asked;
  const remembered = stored();
  if (isUiLanguage(remembered)) return remembered;
  return resolveLanguage(...(navigator.languages ?? [navigator.language]));
}

export function rememberLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be off (private modes); the address still carries the choice.
  }
  const url = new URL(location.href);
  url.searchParams.set('lang', language);
  history.replaceState(history.state, '', url);
}

/** Puts the page in `language`: its text, `<html lang>`, the title and the elements that follow it. */
export async function applyLanguage(language: UiLanguage): Promise<DemoText> {
  const text = await loadDemoText(language);
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const value = textAt(text, element.dataset.text ?? '');
    if (value !== undefined) element.textContent = value;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-text-attrs]')) {
    for (const pair of (element.dataset.textAttrs ?? '').split(';')) {
      const [name, key] = pair.split('=');
      const value = key === undefined ? undefined : textAt(text, key);
      if (name && value !== undefined) element.setAttribute(name, value);
    }
  }
  const titleKey = document.querySelector<HTMLElement>('title[data-title]')?.dataset.title;
  const title = titleKey === undefined ? undefined : textAt(text, titleKey);
  if (title !== undefined) document.title = `${title} · ${text.site.name}`;
  for (const element of document.querySelectorAll(FOLLOWERS)) element.setAttribute('lang', language);
  return text;
}
