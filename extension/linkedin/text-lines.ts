/**
 * The lines of text a sighted reader sees in part of a LinkedIn page. The logged-in layout writes
 * every line twice, in `span[aria-hidden="true"]` (shown) and `span.visually-hidden` (for screen
 * readers) (research/links.md §2.1, layout 1); reading one copy keeps each line once.
 */

/** Whitespace collapsed, trimmed. */
export function cleanLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The shown copies of LinkedIn's doubled lines, in document order, each once. */
export function shownLines(root: Element, exclude: readonly Element[] = []): string[] {
  const spans = [...root.querySelectorAll('span[aria-hidden="true"]')].filter(
    // Only the outermost shown copy counts; spans inside it are part of the same line.
    (span) => !span.parentElement?.closest('span[aria-hidden="true"]') && !exclude.some((excluded) => excluded.contains(span)),
  );
  return distinct(spans.map((span) => cleanLine(span.textContent)));
}

/** The text of each element, cleaned, each line once, empty ones left out. */
export function linesOf(elements: Iterable<Element>): string[] {
  return distinct([...elements].map((element) => cleanLine(element.textContent)));
}

function distinct(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  return lines.filter((line) => line !== '' && !seen.has(line) && seen.add(line));
}
