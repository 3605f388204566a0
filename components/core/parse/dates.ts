/**
 * Dates in credentials. VC 2.0 requires an XML Schema dateTimeStamp: a time zone is mandatory
 * (VCDM 2.0 §4.9), and a date without one is malformed. VC 1.1 used xsd:dateTime, where the zone
 * is optional; such a date is read as UTC (VC Data Integrity §2.1), never as local time.
 */
const DATE_TIME = /^(\d{4,})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/i;

/**
 * Which data model's date rules apply: 2 (and anything unknown) requires a time zone; VC 1.1
 * does not; Open Badges 2.0 also allows a Unix timestamp in seconds (OB 2.0 §DateTime).
 */
export type DateRules = 1 | 2 | null | 'ob2';

/** Milliseconds since the epoch, or null when the value is not a date under the given rules. */
export function parseDate(value: unknown, rules: DateRules = 2): number | null {
  if (rules === 'ob2' && typeof value === 'number' && Number.isFinite(value)) return value * 1000;
  if (typeof value !== 'string') return null;
  const match = DATE_TIME.exec(value);
  if (!match) return null;
  const hasZone = match[8] !== undefined;
  if (!hasZone && rules !== 1 && rules !== 'ob2') return null;
  const ms = Date.parse(hasZone ? value : `${value}Z`);
  // Date.parse rolls 30 February over into March; a date must name a day its month has.
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isNaN(ms) || day > daysInMonth ? null : ms;
}

/** The validity window a credential states, with VC 1.1 names mapped to VC 2.0 ones. */
export function validityOf(document: Record<string, unknown>): { validFrom?: { property: string; value: unknown }; validUntil?: { property: string; value: unknown } } {
  const window: ReturnType<typeof validityOf> = {};
  for (const property of ['validFrom', 'issuanceDate', 'issuedOn'] as const) {
    if (document[property] !== undefined) {
      window.validFrom = { property, value: document[property] };
      break;
    }
  }
  for (const property of ['validUntil', 'expirationDate', 'expires'] as const) {
    if (document[property] !== undefined) {
      window.validUntil = { property, value: document[property] };
      break;
    }
  }
  return window;
}
