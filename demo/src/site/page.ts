/**
 * What every page does first: load the samples' documents, put the page in the visitor's language,
 * and wire the language switcher. `body[data-ready]` marks the page as set up.
 */
import type { DemoText } from '../../text/index.ts';
import { loadSamples, type Samples } from './documents.ts';
import { UI_LANGUAGES, type UiLanguage } from './elements.ts';
import { applyLanguage, initialLanguage, rememberLanguage } from './language.ts';

export interface PageContext extends Samples {
  language: UiLanguage;
  text: DemoText;
}

/** Sets the page up; `onLanguage` runs now and after every switch, to redraw what the page drew itself. */
export async function startPage(onLanguage: (context: PageContext) => void = () => {}): Promise<PageContext> {
  const samples = await loadSamples();
  let language = initialLanguage();
  const context: PageContext = { ...samples, language, text: await applyLanguage(language) };
  const switcher = document.querySelector<HTMLSelectElement>('#language');
  if (switcher) {
    switcher.value = language;
    switcher.addEventListener('change', () => {
      const chosen = UI_LANGUAGES.find((candidate) => candidate === switcher.value);
      if (!chosen || chosen === language) return;
      language = chosen;
      rememberLanguage(chosen);
      void applyLanguage(chosen).then((text) => {
        // A quicker later switch wins.
        if (language !== chosen) return;
        context.language = chosen;
        context.text = text;
        onLanguage(context);
      });
    });
  }
  onLanguage(context);
  document.body.dataset.ready = 'true';
  return context;
}

/** A date (ISO 8601) as a day in the language, in UTC so every visitor reads the same day. */
export function formatDay(iso: string, language: UiLanguage): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}
