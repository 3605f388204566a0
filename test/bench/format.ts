/** How the benchmarks print figures: aligned tables, milliseconds, ratios, kilobytes. */

/** A plain-text table; the first `textColumns` columns are left-aligned, the rest (figures) right-aligned. */
export function table(header: readonly string[], lines: readonly string[][], textColumns: number): string {
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: readonly string[]) => cells.map((cell, i) => (i >= textColumns ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

export function ms(value: number): string {
  return Number.isNaN(value) ? 'n/a' : value.toFixed(2);
}

export function ratio(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)}×`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
