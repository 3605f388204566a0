/**
 * The demo's own, fictional issuer: a university whose DID document, status list, credential URLs
 * and JSON-LD terms exist only inside the demo (served through the element's `documents`). The
 * `.example` top-level domain is reserved, so none of these URLs can ever reach a real server.
 */

export const UNIVERSITY_NAME = 'Demo University of Applied Sciences';
export const UNIVERSITY_HOST = 'credentials.demo-university.example';
export const UNIVERSITY_DID = `did:web:${UNIVERSITY_HOST}`;
export const UNIVERSITY_HOMEPAGE = 'https://www.demo-university.example';

/** Where the university serves a credential: the link a learner pastes on LinkedIn. */
export const credentialUrl = (name: string): string => `https://${UNIVERSITY_HOST}/credentials/${name}.json`;

export const STATUS_LIST_URL = `https://${UNIVERSITY_HOST}/status/revocation-1`;
/** A status list the university names but never published: every check of it fails to retrieve it. */
export const UNPUBLISHED_STATUS_LIST_URL = `https://${UNIVERSITY_HOST}/status/revocation-2`;

/** A learner's Credly wallet: a page listing badges, not a credential (the engine knows it without fetching). */
export const WALLET_PAGE_URL = 'https://www.credly.com/users/ada-lovelace-demo';

/**
 * The JSON-LD terms of the Dutch micro-credential convention (educredentials `EducredentialAchievement`:
 * ECTS, time investment, participation, assessment, identity check, supervision), defined under the
 * demo's own vocabulary. A Data Integrity proof covers only terms a context defines, so the university
 * publishes this context and the demo preloads it; the engine never fetches a context.
 */
export const MICRO_CREDENTIAL_CONTEXT_URL = `https://${UNIVERSITY_HOST}/contexts/micro-credential-terms-v1.jsonld`;

const VOCAB = `https://${UNIVERSITY_HOST}/vocab#`;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

export const MICRO_CREDENTIAL_CONTEXT = {
  '@context': {
    '@version': 1.1,
    '@protected': true,
    EducredentialAchievement: `${VOCAB}EducredentialAchievement`,
    ECTS: { '@id': `${VOCAB}ECTS`, '@type': `${XSD}decimal` },
    timeInvestment: { '@id': `${VOCAB}timeInvestment`, '@type': `${XSD}decimal` },
    participationType: { '@id': `${VOCAB}participationType` },
    assessmentType: { '@id': `${VOCAB}assessmentType` },
    identityChecked: { '@id': `${VOCAB}identityChecked`, '@type': `${XSD}boolean` },
    supervisionType: { '@id': `${VOCAB}supervisionType` },
    stackable: { '@id': `${VOCAB}stackable`, '@type': `${XSD}boolean` },
  },
} as const;

/** ESCO skills, with the URIs and labels the European Commission's own Annex I sample uses. */
export const ESCO_SKILLS = [
  { uri: 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a', label: 'develop digital content' },
  { uri: 'http://data.europa.eu/esco/skill/80f308e6-0e09-404a-80cd-ec5f50f6f304', label: 'communicate with target community' },
  { uri: 'http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d', label: 'establish collaborative relations' },
] as const;
