/**
 * Display text by language. English is bundled; the other languages load on first use, so a page
 * pays only for the language it shows.
 */
import { en } from './en.ts';
import { UI_LANGUAGES, type Labels, type UiLanguage } from './labels.ts';

export { en } from './en.ts';
export * from './labels.ts';

const LOADERS: Readonly<Record<Exclude<UiLanguage, 'en'>, () => Promise<Labels>>> = {
  de: async () => (await import('./de.ts')).de,
  fr: async () => (await import('./fr.ts')).fr,
  es: async () => (await import('./es.ts')).es,
  it: async () => (await import('./it.ts')).it,
  nl: async () => (await import('./nl.ts')).nl,
  fi: async () => (await import('./fi.ts')).fi,
};

const loaded = new Map<UiLanguage, Labels>([['en', en]]);
const loading = new Map<UiLanguage, Promise<Labels>>();

/**
 * The UI language for the first of `candidates` (BCP 47 tags, most wanted first) that mc-verify
 * speaks, matched on the primary subtag (`de-AT` → `de`); English when none is.
 */
export function resolveLanguage(...candidates: readonly (string | null | undefined)[]): UiLanguage {
  for (const candidate of candidates) {
    const primary = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    const match = UI_LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return 'en';
}

/**
 * The language `<mc-verify>` uses when it is not given one: the page's (`<html lang>`), then the
 * browser's.
 */
export function pageLanguage(): UiLanguage {
  return resolveLanguage(
    typeof document === 'undefined' ? undefined : document.documentElement.lang,
    ...(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]),
  );
}

/** The labels of a language if they are already loaded (English always is). */
export function labelsIfLoaded(language: UiLanguage): Labels | undefined {
  return loaded.get(language);
}

/** Loads the labels of a language; English if that language's module cannot be loaded. */
export function loadLabels(language: UiLanguage): Promise<Labels> {
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  if (language === 'en') return Promise.resolve(en);
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      (labels) => {
        loaded.set(language, labels);
        return labels;
      },
      // A chunk that fails to load (offline, blocked) degrades to English rather than to no text.
      () => en,
    );
    loading.set(language, pending);
  }
  return pending;
}
