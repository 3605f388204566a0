/** What every template needs besides the report: words, language, ids, layout, heading level. */
import { en } from '../labels/en.ts';
import type { Labels } from '../labels/labels.ts';

/** The settings a rendering needs; build one with {@link renderContext}. */
export interface RenderContext {
  /** The display text. Default: English. */
  labels: Labels;
  /** The reader's language (BCP 47): language maps are read and dates written in it. Default: the labels' language. */
  lang: string;
  /** Prefix for element ids, unique within the shadow root the templates render into. Default: `mcv`. */
  idPrefix: string;
  /** The compact layout: verdict, name and issuer first, the rest behind one button. Default: false. */
  compact: boolean;
  /** The level of the verdict heading (2 to 6); the headings below it follow. Default: 2. */
  headingLevel: number;
}

/** A full context from the parts given, with the defaults for the rest. */
export function renderContext(partial: Partial<RenderContext> = {}): RenderContext {
  const labels = partial.labels ?? en;
  return {
    labels,
    lang: partial.lang ?? labels.lang,
    idPrefix: partial.idPrefix ?? 'mcv',
    compact: partial.compact ?? false,
    headingLevel: Math.min(6, Math.max(2, Math.round(partial.headingLevel ?? 2))),
  };
}
