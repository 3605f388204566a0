/**
 * Fix-it advice for learners, keyed by the engine's problem codes: how much a problem matters to a
 * recruiter, and who can fix it. The words are in demo/text (one advice line per code here).
 */
import type { ProblemCode } from '../../../components/core/index.ts';

/** `blocker`: the recruiter does not see "verified"; `warning`: worth fixing; `tip`: good to know. */
export type AdviceSeverity = 'blocker' | 'warning' | 'tip';

/** Who can fix it: the learner, the issuer, or the platform that hosts the credential. */
export type AdviceOwner = 'you' | 'issuer' | 'platform';

export interface AdviceRule {
  severity: AdviceSeverity;
  owner: AdviceOwner;
}

const blocker = (owner: AdviceOwner): AdviceRule => ({ severity: 'blocker', owner });
const warning = (owner: AdviceOwner): AdviceRule => ({ severity: 'warning', owner });
const tip = (owner: AdviceOwner): AdviceRule => ({ severity: 'tip', owner });

export const ADVICE_RULES = {
  // What was shared is not a credential.
  PLATFORM_PAGE: blocker('you'),
  NOT_A_CREDENTIAL: blocker('you'),
  INPUT_UNRECOGNISED: blocker('you'),
  IMAGE_NOT_BAKED: blocker('you'),
  LINK_API_UNKNOWN: blocker('platform'),
  EDCI_XML_UNSUPPORTED: blocker('you'),
  // The link does not answer.
  FETCH_FAILED: blocker('issuer'),
  FETCH_HTTP_ERROR: blocker('issuer'),
  FETCH_TIMEOUT: blocker('issuer'),
  // The signature.
  PROOF_MISSING: blocker('issuer'),
  SIGNATURE_INVALID: blocker('you'),
  PROOF_TYPE_UNSUPPORTED: blocker('issuer'),
  CRYPTOSUITE_UNSUPPORTED: blocker('issuer'),
  CONTEXT_UNKNOWN: blocker('issuer'),
  JSONLD_DATA_LOSS: blocker('issuer'),
  SCHEMA_VIOLATION: blocker('issuer'),
  // The issuer's key.
  KEY_NOT_ISSUERS: blocker('issuer'),
  KEY_NOT_AUTHORISED: blocker('issuer'),
  KEY_NOT_PUBLISHED: blocker('issuer'),
  VERIFICATION_METHOD_UNRESOLVABLE: blocker('issuer'),
  SEAL_UNTRUSTED: blocker('issuer'),
  SEAL_CERTIFICATE_EXPIRED: blocker('issuer'),
  // Open Badges 2.0 hosting.
  HOSTED_COPY_UNRETRIEVABLE: blocker('issuer'),
  BADGE_UNRESOLVABLE: blocker('issuer'),
  // Dates and status.
  CREDENTIAL_EXPIRED: blocker('issuer'),
  CREDENTIAL_NOT_YET_VALID: blocker('issuer'),
  CREDENTIAL_REVOKED: blocker('issuer'),
  CREDENTIAL_SUSPENDED: blocker('issuer'),
  STATUS_LIST_UNREACHABLE: blocker('issuer'),
  STATUS_LIST_INVALID: blocker('issuer'),
  STATUS_LIST_ISSUER_MISMATCH: blocker('issuer'),
  STATUS_TYPE_UNSUPPORTED: blocker('issuer'),
  // Who the issuer is.
  ISSUER_SELF_ASSERTED: tip('issuer'),
  ISSUER_NOT_IN_TRUST_LIST: warning('issuer'),
  ISSUER_PATH_DID: tip('issuer'),
  // The EU micro-credential elements.
  EU_ELEMENT_MISSING: warning('issuer'),
  CREDITS_UNIT_ASSUMED: tip('issuer'),
  WORKLOAD_RATIO_UNUSUAL: tip('issuer'),
  EQF_LEVEL_MALFORMED: warning('issuer'),
} as const satisfies Partial<Record<ProblemCode, AdviceRule>>;

export type AdvisedCode = keyof typeof ADVICE_RULES;

/** The order advice is listed in: what stops a recruiter first. */
export const SEVERITY_ORDER: readonly AdviceSeverity[] = ['blocker', 'warning', 'tip'];

export function isAdvisedCode(code: string): code is AdvisedCode {
  return Object.hasOwn(ADVICE_RULES, code);
}
