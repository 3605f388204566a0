/**
 * A presentation's challenge (nonce) and domain (audience) only mean something when the verifier
 * chose them: they are compared when the caller gives them, and otherwise reported as unchecked.
 */
import type { Environment } from '../checks/check.ts';
import { problem, quote, type Problem } from '../problems.ts';

export function checkChallenge(env: Pick<Environment, 'challenge' | 'domain'>, challenge: unknown, domain: unknown, where: string): Problem | null {
  const domains = Array.isArray(domain) ? domain : [domain];
  if (env.challenge !== undefined && challenge !== env.challenge) {
    return problem('PROOF_CHALLENGE_MISMATCH', `${where}: challenge ${quote(challenge)} is not the expected ${quote(env.challenge)}`);
  }
  if (env.domain !== undefined && !domains.includes(env.domain)) {
    return problem('PROOF_CHALLENGE_MISMATCH', `${where}: domain ${quote(domain)} is not the expected ${quote(env.domain)}`);
  }
  if (env.challenge === undefined && challenge !== undefined) {
    return problem('PROOF_CHALLENGE_UNCHECKED', `${where}: challenge ${quote(challenge)} was not compared with one this verifier issued, so replay is not excluded`);
  }
  return null;
}
