/**
 * The element's display text in every UI language, bundled whole. The worker and the extension
 * pages pick one by the language setting; the labels' own loader (dynamic imports) is not used
 * because service workers may not `import()` (HTML spec, ServiceWorkerGlobalScope).
 */
import { de } from '../../components/mc-verify/labels/de.ts';
import { en } from '../../components/mc-verify/labels/en.ts';
import { es } from '../../components/mc-verify/labels/es.ts';
import { fi } from '../../components/mc-verify/labels/fi.ts';
import { fr } from '../../components/mc-verify/labels/fr.ts';
import { it } from '../../components/mc-verify/labels/it.ts';
import { UI_LANGUAGES, type Labels, type UiLanguage } from '../../components/mc-verify/labels/labels.ts';
import { nl } from '../../components/mc-verify/labels/nl.ts';

const LABELS: Readonly<Record<UiLanguage, Labels>> = { en, de, fr, es, it, nl, fi };

export function labelsFor(language: UiLanguage): Labels {
  return LABELS[language];
}

/**
 * The UI language for the first of `candidates` (BCP 47 tags, most wanted first) the labels
 * exist in, matched on the primary subtag (`de-AT` → `de`); English when none is.
 */
export function uiLanguage(...candidates: readonly (string | undefined)[]): UiLanguage {
  for (const candidate of candidates) {
    const primary = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    const match = UI_LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return 'en';
}
