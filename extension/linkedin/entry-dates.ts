/**
 * Issue and expiry months as LinkedIn writes them: "Issued May 2024 · Expires May 2026",
 * "Issued Aug 2023", "Issued Jan 2022 · No Expiration Date" (logged-in layouts), or two `<time>`
 * elements, "May 2024 - May 2026" (public layout) (research/links.md §2.1). English UI only: in
 * other UI languages the months are not read, and the claim check simply has no dates.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** "May 2024", "August 2023", "Sep 2021" → "2024-05"; anything else → undefined. */
export function monthOf(text: string): string | undefined {
  const match = /\b([A-Za-z]{3,9})\.?\s+((?:19|20)\d{2})\b/.exec(text);
  if (!match) return undefined;
  const month = MONTHS[(match[1] ?? '').toLowerCase().slice(0, 3)];
  return month ? `${match[2]}-${String(month).padStart(2, '0')}` : undefined;
}

/** Is this the dates line of an entry? */
export function isDatesLine(line: string): boolean {
  return /^(issued|expires|expired)\b/i.test(line);
}

/** The months an "Issued … · Expires …" line names. */
export function datesOfLine(line: string): { issued?: string; expires?: string } {
  const dates: { issued?: string; expires?: string } = {};
  for (const part of line.split(/\s+[·•|]\s+|\s+[-–]\s+/)) {
    const issued = /^issued\s+(.+)$/i.exec(part.trim());
    const expires = /^expire[sd]\s+(.+)$/i.exec(part.trim());
    const issuedMonth = issued ? monthOf(issued[1]!) : undefined;
    const expiresMonth = expires ? monthOf(expires[1]!) : undefined;
    if (issuedMonth) dates.issued = issuedMonth;
    if (expiresMonth) dates.expires = expiresMonth;
  }
  return dates;
}
