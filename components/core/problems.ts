/**
 * Problems: what went wrong, as stable codes.
 *
 * Every problem carries a `type` URL (the W3C name where one exists), a stable `code` from
 * {@link ProblemCode}, a short technical `title` and a `detail` that names the property and the
 * value. Display text for people lives in the element's labels, keyed by `code`.
 */

const VCDM = 'https://www.w3.org/TR/vc-data-model#';
const SECURITY = 'https://w3id.org/security#';
const STATUS = 'https://www.w3.org/ns/credentials/status-list#';
/** Problem types this project defines where the W3C specifications name none. */
export const MC_VERIFY_PROBLEM_BASE = 'https://mc-verify.github.io/problems#';

const PARSING_ERROR = `${VCDM}PARSING_ERROR`;
const MALFORMED_VALUE_ERROR = `${VCDM}MALFORMED_VALUE_ERROR`;
const RANGE_ERROR = `${VCDM}RANGE_ERROR`;
const CRYPTOGRAPHIC_SECURITY_ERROR = `${VCDM}CRYPTOGRAPHIC_SECURITY_ERROR`;
const PROOF_VERIFICATION_ERROR = `${SECURITY}PROOF_VERIFICATION_ERROR`;
const DATA_LOSS_DETECTION_ERROR = `${SECURITY}DATA_LOSS_DETECTION_ERROR`;
const STATUS_RETRIEVAL_ERROR = `${STATUS}STATUS_RETRIEVAL_ERROR`;
const STATUS_VERIFICATION_ERROR = `${STATUS}STATUS_VERIFICATION_ERROR`;
const STATUS_LIST_LENGTH_ERROR = `${STATUS}STATUS_LIST_LENGTH_ERROR`;
const own = (name: string) => `${MC_VERIFY_PROBLEM_BASE}${name}`;

/**
 * The catalogue: one entry per code, with its type URL and technical title.
 * Adding a code here is the only way to make it available to checks.
 */
const CATALOGUE = {
  // input and parsing
  INPUT_EMPTY: [PARSING_ERROR, 'The input is empty'],
  INPUT_UNREADABLE: [own('INPUT_UNREADABLE'), 'The input could not be read'],
  INPUT_TOO_LARGE: [PARSING_ERROR, 'The input is larger than the size limit'],
  INPUT_TOO_DEEP: [PARSING_ERROR, 'The input is nested deeper than the limit'],
  INPUT_NOT_JSON: [PARSING_ERROR, 'The input is not valid JSON'],
  INPUT_UNRECOGNISED: [PARSING_ERROR, 'The input is not a credential in a supported format'],
  INPUT_NOT_OBJECT: [PARSING_ERROR, 'The document is not a JSON object'],
  IMAGE_MALFORMED: [PARSING_ERROR, 'The image is not a well-formed PNG or SVG'],
  BAKED_MULTIPLE: [PARSING_ERROR, 'The image carries more than one baked credential'],
  IMAGE_NOT_BAKED: [own('IMAGE_NOT_BAKED'), 'The image carries no credential'],
  NOT_A_CREDENTIAL: [PARSING_ERROR, 'The document is neither a credential nor a presentation'],
  FORMAT_UNSUPPORTED: [own('FORMAT_UNSUPPORTED'), 'The credential format is not supported'],
  PLATFORM_PAGE: [own('PLATFORM_PAGE'), 'The link leads to a web page, not to a credential that can be checked'],
  LINK_API_UNKNOWN: [own('LINK_API_UNKNOWN'), "The platform's credential data cannot be reached from this link"],
  ISSUANCE_OFFER: [own('ISSUANCE_OFFER'), 'The code offers to issue a credential; it is not a credential to verify'],
  QR_PAYLOAD_MALFORMED: [PARSING_ERROR, 'The QR code text is malformed'],
  // fetching documents
  FETCH_REFUSED: [own('FETCH_REFUSED'), 'The URL was refused by the fetch policy'],
  FETCH_FAILED: [own('FETCH_FAILED'), 'The document could not be retrieved'],
  FETCH_HTTP_ERROR: [own('FETCH_HTTP_ERROR'), 'The server answered with an error status'],
  FETCH_TIMEOUT: [own('FETCH_TIMEOUT'), 'Retrieving the document took too long'],
  FETCH_TOO_LARGE: [own('FETCH_TOO_LARGE'), 'The document is larger than the size limit'],
  FETCH_CONTENT_TYPE: [own('FETCH_CONTENT_TYPE'), 'The server sent an unexpected content type'],
  FETCH_TOO_MANY_REDIRECTS: [own('FETCH_TOO_MANY_REDIRECTS'), 'The server redirected too often'],
  DOCUMENT_NOT_PRELOADED: [own('DOCUMENT_NOT_PRELOADED'), 'Offline, and the document was not supplied'],
  DOCUMENT_NOT_JSON: [PARSING_ERROR, 'A retrieved document is not valid JSON'],
  // contexts
  CONTEXT_MISSING: [PARSING_ERROR, '@context is missing'],
  CONTEXT_MALFORMED: [MALFORMED_VALUE_ERROR, '@context has a malformed entry'],
  CONTEXT_BASE_MISSING: [MALFORMED_VALUE_ERROR, 'The base VC context is not the first @context entry'],
  CONTEXT_UNKNOWN: [own('CONTEXT_UNKNOWN'), '@context names a context that is not pinned'],
  CONTEXT_INLINE: [own('CONTEXT_INLINE'), '@context defines terms inline'],
  CONTEXT_VERSION_MISMATCH: [MALFORMED_VALUE_ERROR, 'Contexts of different data model versions are mixed'],
  // data model conformance
  TYPE_MISSING: [MALFORMED_VALUE_ERROR, 'A required type is missing'],
  PROPERTY_MISSING: [MALFORMED_VALUE_ERROR, 'A required property is missing'],
  PROPERTY_WRONG_TYPE: [MALFORMED_VALUE_ERROR, 'A property has the wrong JSON type'],
  ID_NOT_URL: [MALFORMED_VALUE_ERROR, 'An identifier is not a URL'],
  SUBJECT_NO_CLAIMS: [MALFORMED_VALUE_ERROR, 'credentialSubject makes no claims'],
  SCHEMA_VIOLATION: [MALFORMED_VALUE_ERROR, 'The credential does not match the schema it declares'],
  SCHEMA_NOT_EVALUATED: [own('SCHEMA_NOT_EVALUATED'), 'Part of the declared schema could not be evaluated'],
  SCHEMA_UNAVAILABLE: [own('SCHEMA_UNAVAILABLE'), 'The declared schema is not available offline, so it was not checked'],
  DATE_MALFORMED: [MALFORMED_VALUE_ERROR, 'A date is not an XML Schema dateTimeStamp'],
  VALIDITY_RANGE_INVERTED: [RANGE_ERROR, 'The credential stops being valid before it starts'],
  // proofs
  PROOF_MISSING: [PROOF_VERIFICATION_ERROR, 'The credential has no proof'],
  PROOF_MALFORMED: [PROOF_VERIFICATION_ERROR, 'The proof is malformed'],
  PROOF_TYPE_UNSUPPORTED: [own('PROOF_TYPE_UNSUPPORTED'), 'The proof type is not supported'],
  CRYPTOSUITE_UNSUPPORTED: [own('CRYPTOSUITE_UNSUPPORTED'), 'The cryptosuite is not supported'],
  PROOF_PURPOSE_MISMATCH: [PROOF_VERIFICATION_ERROR, 'The proof purpose is not the expected one'],
  PROOF_EXPIRED: [PROOF_VERIFICATION_ERROR, 'The proof itself has expired'],
  PROOF_CHAIN_BROKEN: [PROOF_VERIFICATION_ERROR, 'previousProof names a proof that is not present'],
  PROOF_CHALLENGE_MISMATCH: [own('PROOF_CHALLENGE_MISMATCH'), 'The presentation challenge or domain does not match'],
  PROOF_CHALLENGE_UNCHECKED: [own('PROOF_CHALLENGE_UNCHECKED'), 'The presentation challenge was not checked'],
  PRESENTATION_UNSIGNED: [own('PRESENTATION_UNSIGNED'), 'The presentation is not signed by its holder'],
  SIGNATURE_INVALID: [CRYPTOGRAPHIC_SECURITY_ERROR, 'The signature does not match the content'],
  ANCHOR_NOT_CONFIRMED: [own('ANCHOR_NOT_CONFIRMED'), 'The blockchain anchor of the proof was not confirmed'],
  JSONLD_DATA_LOSS: [DATA_LOSS_DETECTION_ERROR, 'Some content would not be covered by the signature'],
  JSONLD_INVALID: [MALFORMED_VALUE_ERROR, 'The document is not valid JSON-LD'],
  CANONICALIZATION_LIMIT: [own('CANONICALIZATION_LIMIT'), 'Canonicalization exceeded its work limit'],
  VERIFICATION_ABORTED: [own('VERIFICATION_ABORTED'), 'Verification was cancelled or timed out'],
  // keys and issuer binding
  VERIFICATION_METHOD_MALFORMED: [PROOF_VERIFICATION_ERROR, 'The verification method is not a usable URL'],
  VERIFICATION_METHOD_UNRESOLVABLE: [own('VERIFICATION_METHOD_UNRESOLVABLE'), 'The verification method could not be retrieved'],
  VERIFICATION_METHOD_NOT_FOUND: [PROOF_VERIFICATION_ERROR, 'The controller document does not contain the verification method'],
  DID_METHOD_UNSUPPORTED: [own('DID_METHOD_UNSUPPORTED'), 'The DID method is not supported'],
  DID_MALFORMED: [PROOF_VERIFICATION_ERROR, 'The DID is malformed'],
  DID_DOCUMENT_MISMATCH: [PROOF_VERIFICATION_ERROR, 'The DID document is for another DID'],
  KEY_MALFORMED: [PROOF_VERIFICATION_ERROR, 'The public key is malformed'],
  KEY_TYPE_UNSUPPORTED: [own('KEY_TYPE_UNSUPPORTED'), 'The key type is not supported'],
  KEY_SUITE_MISMATCH: [PROOF_VERIFICATION_ERROR, 'The key type does not fit the proof type'],
  KEY_NOT_ISSUERS: [PROOF_VERIFICATION_ERROR, 'The signing key is not controlled by the issuer'],
  KEY_NOT_AUTHORISED: [PROOF_VERIFICATION_ERROR, 'The signing key is not authorised for this purpose'],
  KEY_REVOKED: [PROOF_VERIFICATION_ERROR, 'The signing key was revoked or had expired when it signed'],
  SEAL_UNTRUSTED: [own('SEAL_UNTRUSTED'), 'The seal certificate does not lead to a trusted EU trust anchor'],
  SEAL_REVOCATION_UNCHECKED: [own('SEAL_REVOCATION_UNCHECKED'), 'Whether the seal certificate was revoked was not checked'],
  SEAL_CERTIFICATE_EXPIRED: [own('SEAL_CERTIFICATE_EXPIRED'), 'A certificate of the seal was not valid at the time the seal is judged at'],
  SEAL_OWNER_MISMATCH: [PROOF_VERIFICATION_ERROR, "The seal belongs to another organisation than the issuer"],
  TIMESTAMP_UNTRUSTED: [own('TIMESTAMP_UNTRUSTED'), 'The time-stamp of the seal is not from a trusted authority'],
  EDCI_XML_UNSUPPORTED: [own('EDCI_XML_UNSUPPORTED'), 'Legacy Europass XML credentials (XAdES seals) are recognised but not verified'],
  KEY_NOT_PUBLISHED: [own('KEY_NOT_PUBLISHED'), 'The signing key comes only from the token and the issuer does not publish it'],
  HOLDER_KEY_MISMATCH: [PROOF_VERIFICATION_ERROR, 'The presentation was not signed by its holder'],
  HOLDER_NOT_SUBJECT: [own('HOLDER_NOT_SUBJECT'), 'The presentation carries credentials about someone other than its holder'],
  // Open Badges 2.0 hosted and signed assertions
  HOSTED_COPY_UNRETRIEVABLE: [own('HOSTED_COPY_UNRETRIEVABLE'), "The issuer's hosted copy of the badge could not be retrieved"],
  HOSTED_ID_MISMATCH: [PROOF_VERIFICATION_ERROR, 'The hosted copy is not the assertion it claims to be'],
  HOSTED_COPY_DIFFERS: [own('HOSTED_COPY_DIFFERS'), "The copy given differs from the issuer's hosted copy, which is shown instead"],
  BADGE_UNRESOLVABLE: [own('BADGE_UNRESOLVABLE'), 'The badge class or its issuer could not be retrieved'],
  OUTSIDE_VERIFICATION_SCOPE: [PROOF_VERIFICATION_ERROR, "The assertion is not hosted where its issuer allows"],
  // validity period
  CREDENTIAL_EXPIRED: [own('CREDENTIAL_EXPIRED'), 'The credential has expired'],
  CREDENTIAL_NOT_YET_VALID: [own('CREDENTIAL_NOT_YET_VALID'), 'The credential is not valid yet'],
  // status
  CREDENTIAL_REVOKED: [own('CREDENTIAL_REVOKED'), 'The issuer has revoked the credential'],
  CREDENTIAL_SUSPENDED: [own('CREDENTIAL_SUSPENDED'), 'The issuer has suspended the credential'],
  STATUS_ENTRY_MALFORMED: [MALFORMED_VALUE_ERROR, 'A credentialStatus entry is malformed'],
  STATUS_TYPE_UNSUPPORTED: [own('STATUS_TYPE_UNSUPPORTED'), 'The status method is not supported'],
  STATUS_INDEX_OUT_OF_RANGE: [RANGE_ERROR, 'The status index is outside the status list'],
  STATUS_LIST_UNREACHABLE: [STATUS_RETRIEVAL_ERROR, 'The status list could not be retrieved'],
  STATUS_LIST_INVALID: [STATUS_VERIFICATION_ERROR, 'The status list credential does not verify'],
  STATUS_LIST_EXPIRED: [STATUS_VERIFICATION_ERROR, 'The status list credential is outside its validity period'],
  STATUS_LIST_MALFORMED: [STATUS_VERIFICATION_ERROR, 'The status list is malformed'],
  STATUS_LIST_ISSUER_MISMATCH: [STATUS_VERIFICATION_ERROR, 'The status list was not published by the credential issuer'],
  STATUS_PURPOSE_MISMATCH: [STATUS_VERIFICATION_ERROR, 'The status purpose differs between entry and list'],
  STATUS_LIST_TOO_SHORT: [STATUS_LIST_LENGTH_ERROR, 'The status list is shorter than the privacy minimum'],
  STATUS_PURPOSE_IGNORED: [own('STATUS_PURPOSE_IGNORED'), 'A status purpose other than revocation or suspension was not evaluated'],
  // issuer trust
  ISSUER_NOT_IN_TRUST_LIST: [own('ISSUER_NOT_IN_TRUST_LIST'), 'No trust list vouches for the issuer'],
  ISSUER_SELF_ASSERTED: [own('ISSUER_SELF_ASSERTED'), "The issuer's name is self-asserted"],
  ISSUER_PATH_DID: [own('ISSUER_PATH_DID'), 'The issuer DID is controlled by whoever controls one path of a web site'],
  TRUST_LIST_MALFORMED: [own('TRUST_LIST_MALFORMED'), 'A trust list is malformed'],
  // recipient
  RECIPIENT_MISMATCH: [own('RECIPIENT_MISMATCH'), 'The credential was issued to someone else'],
  RECIPIENT_NOT_STATED: [own('RECIPIENT_NOT_STATED'), 'The credential states no recipient identity to compare'],
  // EU micro-credential profile (warnings only: the profile never changes a verdict)
  EU_ELEMENT_MISSING: [own('EU_ELEMENT_MISSING'), 'A mandatory element of the EU micro-credential definition is not stated'],
  WORKLOAD_RATIO_UNUSUAL: [own('WORKLOAD_RATIO_UNUSUAL'), 'The stated hours per ECTS credit are outside 20 to 35'],
  DURATION_MONTHS_SUSPICIOUS: [own('DURATION_MONTHS_SUSPICIOUS'), 'A workload duration is stated in months (P…M), not minutes (PT…M) or hours'],
  DURATION_MALFORMED: [own('DURATION_MALFORMED'), 'A duration is not an ISO 8601 duration'],
  CREDITS_MALFORMED: [own('CREDITS_MALFORMED'), 'A credit value is not a non-negative number'],
  CREDITS_UNIT_ASSUMED: [own('CREDITS_UNIT_ASSUMED'), 'Credits are stated without a credit system and are read as ECTS'],
  EQF_LEVEL_MALFORMED: [own('EQF_LEVEL_MALFORMED'), 'An EQF level is not a level from 1 to 8'],
  COUNTRY_UNRECOGNISED: [own('COUNTRY_UNRECOGNISED'), 'A country is not a recognised ISO 3166-1 code'],
  ESCO_URI_MALFORMED: [own('ESCO_URI_MALFORMED'), 'A skill given as ESCO is not an ESCO skill URI'],
  EU_VALUES_DISAGREE: [own('EU_VALUES_DISAGREE'), 'The credential states the same element with different values'],
  EU_PROFILE_TRUNCATED: [own('EU_PROFILE_TRUNCATED'), 'Extraction of the EU profile stopped at a work limit'],
  // pipeline
  REQUIRED_CHECK_NOT_PASSED: [own('REQUIRED_CHECK_NOT_PASSED'), 'Skipped because a check it depends on did not pass'],
  NOT_APPLICABLE: [own('NOT_APPLICABLE'), 'Not applicable to this credential'],
  INTERNAL_ERROR: [own('INTERNAL_ERROR'), 'The check failed unexpectedly'],
} as const satisfies Record<string, readonly [string, string]>;

/** Every problem code mc-verify reports. Codes are stable: they are never renamed or reused. */
export type ProblemCode = keyof typeof CATALOGUE;

export const PROBLEM_CODES = Object.keys(CATALOGUE) as ProblemCode[];

/** A problem in the shape of W3C problem details. */
export interface Problem {
  type: string;
  code: ProblemCode;
  title: string;
  detail: string;
}

/** Builds a problem from its code and a detail that names the property and the value. */
export function problem(code: ProblemCode, detail: string): Problem {
  const [type, title] = CATALOGUE[code];
  return { type, code, title, detail };
}

/** Quotes an untrusted value for a problem detail, shortened so details stay readable. */
export function quote(value: unknown, max = 200): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
