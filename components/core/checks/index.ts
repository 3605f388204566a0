/** The checks, in the order the pipeline runs them. */
import type { Check } from './check.ts';
import { conformance } from './conformance.ts';
import { context } from './context.ts';
import { euProfile } from './eu-profile.ts';
import { issuerKey } from './issuer-key.ts';
import { issuerTrust } from './issuer-trust.ts';
import { parse } from './parse.ts';
import { proof } from './proof.ts';
import { recipient } from './recipient.ts';
import { status } from './status.ts';
import { validityPeriod } from './validity-period.ts';

export const CHECKS: readonly Check[] = [parse, context, conformance, proof, issuerKey, validityPeriod, status, issuerTrust, recipient, euProfile];
