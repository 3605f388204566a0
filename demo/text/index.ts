/**
 * The demo's text by language. English is bundled; the others load when chosen, like the element's
 * own labels.
 */
import type { UiLanguage } from '../../components/mc-verify/labels/labels.ts';
import { en } from './en.ts';
import type { DemoText } from './text-types.ts';

export { en } from './en.ts';
export type { AdviceFacts, AdviceLine, AdviceSentence, DemoText, SampleText } from './text-types.ts';

export { LANGUAGE_NAMES } from '../../components/mc-verify/labels/labels.ts';

const LOADERS: Readonly<Record<Exclude<UiLanguage, 'en'>, () => Promise<DemoText>>> = {
  de: async () => (await import('./de.ts')).de,
  fr: async () => (await import('./fr.ts')).fr,
  es: async () => (await import('./es.ts')).es,
  it: async () => (await import('./it.ts')).it,
  nl: async () => (await import('./nl.ts')).nl,
  fi: async () => (await import('./fi.ts')).fi,
};

export function loadDemoText(language: UiLanguage): Promise<DemoText> {
  return language === 'en' ? Promise.resolve(en) : LOADERS[language]();
}

/** Dot paths to the plain strings of the text, the keys pages mark with `data-text`. */
export type TextKey = Paths<Omit<DemoText, 'lang' | 'advice'>>;

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : T[K] extends (...args: never[]) => unknown ? never : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The string at a dot path, or undefined when the path names something else. */
export function textAt(text: DemoText, key: string): string | undefined {
  let node: unknown = text;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}
