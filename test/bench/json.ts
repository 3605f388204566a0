/** Small JSON helpers shared by the benchmark's parts. */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Parses credential bytes; `null` when they are not a JSON object (a JWT, a PNG...). */
export function parseJsonObject(bytes: Uint8Array): JsonObject | null {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return isJsonObject(value) ? value : null;
  } catch {
    return null;
  }
}

export function typeNames(document: JsonObject): string[] {
  return asList(document.type).filter((entry): entry is string => typeof entry === 'string');
}

export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
