/**
 * Where extractors put what they find: values per element with their path, warnings, and the
 * conventions that contributed.
 */
import { profileProblem, type ProfileCode, type ProfileProblem } from './codes.ts';
import type { Convention, ElementEntry, ElementId, ElementValue } from './types.ts';
import { Walker, type JsonNode } from './walk.ts';

/** Values kept per element at most: enough for any real credential, bounded for a hostile one. */
const MAX_VALUES_PER_ELEMENT = 200;
/** Warnings kept at most; past it one EU_PROFILE_TRUNCATED says the rest were dropped. */
const MAX_WARNINGS = 100;

export class Collector {
  readonly walk = new Walker();
  readonly entries = new Map<ElementId, ElementEntry[]>();
  readonly warnings: ProfileProblem[] = [];
  readonly conventions: Convention[] = [];
  private readonly seenWarnings = new Set<string>();
  private counted = 0;

  constructor(
    readonly covered: boolean,
    readonly locale: string | undefined,
  ) {}

  add(element: ElementId, value: ElementValue, node: JsonNode, convention: Convention): void {
    let list = this.entries.get(element);
    if (!list) {
      list = [];
      this.entries.set(element, list);
    }
    if (list.length >= MAX_VALUES_PER_ELEMENT) {
      this.warn('EU_PROFILE_TRUNCATED', `more than ${MAX_VALUES_PER_ELEMENT} values for element ${element}; the rest (from ${node.path}) were not read`);
      return;
    }
    list.push({ value, path: node.path, document: node.doc, convention, covered: this.covered });
    if (!this.conventions.includes(convention)) this.conventions.push(convention);
  }

  values(element: ElementId): ElementEntry[] {
    return this.entries.get(element) ?? [];
  }

  /** Missing-element warnings (at most eleven) are never dropped; others stop at MAX_WARNINGS. */
  warn(code: ProfileCode, detail: string): void {
    const key = `${code}\u0000${detail}`;
    if (this.seenWarnings.has(key)) return;
    if (code !== 'EU_ELEMENT_MISSING' && ++this.counted > MAX_WARNINGS) {
      if (this.counted === MAX_WARNINGS + 1) this.warnings.push(profileProblem('EU_PROFILE_TRUNCATED', `more than ${MAX_WARNINGS} warnings; the rest were dropped`));
      return;
    }
    this.seenWarnings.add(key);
    this.warnings.push(profileProblem(code, detail));
  }
}

/** Where a value sits, for warning details: the document (when not the credential) and the path. */
export function where(node: JsonNode): string {
  return node.doc === 'credential' ? node.path : `${node.doc} ${node.path}`;
}
