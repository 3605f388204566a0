/**
 * Supervision and identity verification during assessment (Annex I optional element): the flags
 * a stated term or concept settles, and only those.
 */

/** The educredentials `supervisionType` vocabulary (contexts/educredential.json). */
const SUPERVISION_TERMS: Readonly<Record<string, { supervised?: boolean; idVerified?: boolean }>> = {
  'unsupervised with no identity verification': { supervised: false, idVerified: false },
  'supervised with no identity verification': { supervised: true, idVerified: false },
  'supervised online': { supervised: true },
  'onsite with identity verification': { supervised: true, idVerified: true },
};

export function supervisionFromTerm(term: string): { supervised?: boolean; idVerified?: boolean } {
  const key = term.trim().toLowerCase();
  return Object.hasOwn(SUPERVISION_TERMS, key) ? SUPERVISION_TERMS[key]! : {};
}

/**
 * ELM idVerification concepts (scheme `http://data.europa.eu/snb/supervision-verification/25831c2`)
 * whose meaning is known from EC samples; others are shown as stated.
 */
const SUPERVISION_CONCEPTS: Readonly<Record<string, { supervised: boolean; idVerified: boolean }>> = {
  // "Unsupervised without ID Verification", EC Annex I sample
  'http://data.europa.eu/snb/supervision-verification/c598449d64': { supervised: false, idVerified: false },
};

export function supervisionFromConcept(uri: string | undefined): { supervised?: boolean; idVerified?: boolean } {
  return uri !== undefined && Object.hasOwn(SUPERVISION_CONCEPTS, uri) ? SUPERVISION_CONCEPTS[uri]! : {};
}
