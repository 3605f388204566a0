/**
 * Do two names mean the same thing? Organisation, certification and person names as people type
 * them differ in case, accents, punctuation, legal suffixes and extra words ("Google" on LinkedIn,
 * "Google Cloud" in the credential), so names are compared as sets of words.
 */

/** Words that do not tell organisations apart. */
const ORGANISATION_NOISE = new Set(['inc', 'llc', 'ltd', 'limited', 'gmbh', 'ag', 'sa', 'bv', 'nv', 'plc', 'corp', 'corporation', 'co', 'company', 'the', 'of']);

/** The words of a name: lower case, accents removed, punctuation as spaces. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

const isSubset = (small: ReadonlySet<string>, large: ReadonlySet<string>): boolean => small.size > 0 && [...small].every((word) => large.has(word));

/** Same organisation: the words of one contain the other's, legal suffixes aside. */
export function sameOrganisation(a: string, b: string): boolean {
  const words = (name: string) => new Set(nameWords(name).filter((word) => !ORGANISATION_NOISE.has(word)));
  const [left, right] = [words(a), words(b)];
  return isSubset(left, right) || isSubset(right, left);
}

/** Same certification: one title's words contain the other's, or at least half of all words are shared. */
export function sameTitle(a: string, b: string): boolean {
  const [left, right] = [new Set(nameWords(a)), new Set(nameWords(b))];
  if (isSubset(left, right) || isSubset(right, left)) return true;
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared * 2 >= Math.max(left.size, right.size) && shared > 0;
}

/** Same person: every word of the shorter name (initials aside) appears in the longer one. */
export function samePerson(a: string, b: string): boolean {
  const words = (name: string) => new Set(nameWords(name).filter((word) => word.length > 1));
  const [left, right] = [words(a), words(b)];
  return isSubset(left, right) || isSubset(right, left);
}
