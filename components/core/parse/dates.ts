/**
 * Dates in credentials. VC 2.0 requires an XML Schema dateTimeStamp: a time zone is mandatory
 * (VCDM 2.0 §4.9), and a date without one is malformed. VC 1.1 used xsd:dateTime, where the zone
 * is optional; such a date is read as UTC (VC Data Integrity §2.1), never as local time.
 */
const DATE_TIME = /^(\d{4,})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/i;

/** Which data model's date rules apply: 2 (and anything unknown) requires a time zone. */
export type DateRules = 1 | 2 | null;

/** Milliseconds since the epoch, or null when the value is not a date under the given rules. */
export function parseDate(value: unknown, rules: DateRules = 2): number | null {
  if (typeof value !== 'string') return null;
  const match = DATE_TIME.exec(value);
  if (!match) return null;
  const hasZone = match[8] !== undefined;
  if (!hasZone && rules !== 1) return null;
  const ms = Date.parse(hasZone ? value : `${value}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** The validity window a credential states, with VC 1.1 names mapped to VC 2.0 ones. */
export function validityOf(document: Record<string, unknown>): { validFrom?: { property: string; value: unknown }; validUntil?: { property: string; value: unknown } } {
  const window: ReturnType<typeof validityOf> = {};
  for (const property of ['validFrom', 'issuanceDate'] as const) {
    if (document[property] !== undefined) {
      window.validFrom = { property, value: document[property] };
      break;
    }
  }
  for (const property of ['validUntil', 'expirationDate'] as const) {
    if (document[property] !== undefined) {
      window.validUntil = { property, value: document[property] };
      break;
    }
  }
  return window;
}
