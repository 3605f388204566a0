/**
 * Walking a credential along fixed property paths, keeping the JSONPath of every value.
 *
 * No recursion: extraction only follows named properties, so the work is bounded by the paths the
 * extractors name times the list sizes, and a global visit budget stops a hostile document with
 * huge lists (JSON-LD's "one or many" makes every property a potential list).
 */
import type { SourceDocument } from './types.ts';

export interface JsonNode {
  value: unknown;
  path: string;
  doc: SourceDocument;
}

export type JsonRecord = Record<string, unknown>;

/** Items read from one list at most; more are cut and reported. */
export const MAX_LIST_ITEMS = 100;
/** Items read in one extraction at most. */
export const MAX_VISITS = 20_000;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function childPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

export function root(value: unknown, doc: SourceDocument): JsonNode {
  return { value, path: '$', doc };
}

/** Tracks the visit budget and the lists that were cut. */
export class Walker {
  private visits = 0;
  readonly cut: string[] = [];

  get exhausted(): boolean {
    return this.visits >= MAX_VISITS;
  }

  /** An own property of an object node (never one inherited from Object.prototype). */
  get(node: JsonNode | undefined, key: string): JsonNode | undefined {
    if (!node || !isRecord(node.value) || !Object.hasOwn(node.value, key)) return undefined;
    const value = node.value[key];
    if (value === undefined || value === null) return undefined;
    return { value, path: childPath(node.path, key), doc: node.doc };
  }

  /** Follows several properties in turn. */
  at(node: JsonNode | undefined, ...keys: string[]): JsonNode | undefined {
    let current = node;
    for (const key of keys) current = this.get(current, key);
    return current;
  }

  /** JSON-LD "one or many": a single value is a list of one; arrays are indexed in the path. */
  items(node: JsonNode | undefined): JsonNode[] {
    if (!node) return [];
    if (!Array.isArray(node.value)) return this.visit(1) ? [node] : [];
    const list = node.value;
    if (list.length > MAX_LIST_ITEMS) this.cut.push(node.path);
    const out: JsonNode[] = [];
    for (let i = 0; i < Math.min(list.length, MAX_LIST_ITEMS); i++) {
      if (!this.visit(1)) break;
      const value: unknown = list[i];
      if (value === undefined || value === null) continue;
      out.push({ value, path: `${node.path}[${i}]`, doc: node.doc });
    }
    return out;
  }

  /** The object items of a property (strings and numbers are skipped). */
  objects(node: JsonNode | undefined): JsonNode[] {
    return this.items(node).filter((item) => isRecord(item.value));
  }

  /** The items of a property path, one or many at each step: `all(hc, 'awardedBy', 'awardingBody')`. */
  all(node: JsonNode | undefined, ...keys: string[]): JsonNode[] {
    let current: JsonNode[] = node ? [node] : [];
    for (const key of keys) {
      current = current.flatMap((entry) => this.items(this.get(entry, key)));
    }
    return current;
  }

  private visit(n: number): boolean {
    if (this.visits >= MAX_VISITS) {
      if (!this.cut.includes('(visit budget)')) this.cut.push('(visit budget)');
      return false;
    }
    this.visits += n;
    return true;
  }
}

/** The string values of `type` (one or many). */
export function types(node: JsonNode | undefined): string[] {
  if (!node) return [];
  const value = isRecord(node.value) && Object.hasOwn(node.value, 'type') ? node.value.type : undefined;
  const list = Array.isArray(value) ? value.slice(0, MAX_LIST_ITEMS) : [value];
  return list.filter((entry): entry is string => typeof entry === 'string');
}

/** A string property of an object, or the node itself when it is a string (a bare IRI reference). */
export function str(node: JsonNode | undefined): string | undefined {
  if (!node) return undefined;
  if (typeof node.value === 'string') return node.value.trim() === '' ? undefined : node.value;
  if (typeof node.value === 'number' && Number.isFinite(node.value)) return String(node.value);
  return undefined;
}

/** The `id` of an object node, or the node itself when it is an IRI string. */
export function idOf(node: JsonNode | undefined): string | undefined {
  if (!node) return undefined;
  if (typeof node.value === 'string') return str(node);
  if (isRecord(node.value) && Object.hasOwn(node.value, 'id') && typeof node.value.id === 'string') return node.value.id;
  return undefined;
}
