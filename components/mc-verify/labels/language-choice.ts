/**
 * The labels an element shows: the language it is given (its `lang`), else the page's, else the
 * browser's; English until another language's labels have loaded. Shared by `<mc-verify>` and
 * `<mc-scan>`.
 */
import { labelsIfLoaded, loadLabels, pageLanguage, resolveLanguage } from './index.ts';
import type { Labels, UiLanguage } from './labels.ts';

export class LanguageChoice {
  #language: UiLanguage | undefined;
  #labels: Labels | undefined;
  readonly #onLoaded: () => void;

  /** `onLoaded` runs when labels that were not loaded yet arrive (the element re-renders). */
  constructor(onLoaded: () => void) {
    this.#onLoaded = onLoaded;
  }

  /** The labels to render with now; undefined only before the first `choose`. */
  get labels(): Labels | undefined {
    return this.#labels;
  }

  /** Chooses the language for the element's `lang` value, loading its labels when needed. */
  choose(requested: string | undefined): void {
    const language = requested ? resolveLanguage(requested) : pageLanguage();
    this.#language = language;
    this.#labels = labelsIfLoaded(language) ?? this.#labels;
    if (this.#labels?.lang === language) return;
    void loadLabels(language).then((labels) => {
      // Only the language still wanted when the labels arrive is shown.
      if (this.#language !== language) return;
      this.#labels = labels;
      this.#onLoaded();
    });
  }
}
