/**
 * Open Badge Passport (Open Badge Factory's backpack, Salava). The page is a single-page app; its
 * JSON wraps the issuer's original assertion URL (openbadgefactory/salava: badge/routes.clj,
 * schemas.cljc `assertion_url`, `assertion_jws`). The `/app` prefix is UNVERIFIED (public URLs).
 */
import { isObject } from '../../parse/json.ts';
import { problem, quote } from '../../problems.ts';
import type { UnwrapOutcome } from '../link.ts';
import { endpoint, routedRule } from '../rule.ts';

export const openBadgePassport = routedRule({
  platform: 'open-badge-passport',
  name: 'Open Badge Passport',
  host: /^(?:www\.)?openbadgepassport\.com$/,
  routes: [
    {
      path: /^\/app\/(?:obpv1\/)?badge\/info\/(\d+)(?:\/(?:embed|pic\/embed|full\/embed))?\/?$/,
      resolve: (id) =>
        endpoint('open-badge-passport', `https://openbadgepassport.com/app/obpv1/badge/info/${id}`, {
          format: 'platform-json',
          unwrap: 'open-badge-passport',
        }),
    },
  ],
});

/** Badge info → the issuer's hosted assertion URL, or the signed assertion it stores. */
export function unwrapOpenBadgePassport(body: unknown): UnwrapOutcome {
  if (!isObject(body)) {
    return { kind: 'problem', problem: problem('INPUT_NOT_OBJECT', 'the Open Badge Passport answer is not a JSON object') };
  }
  const { assertion_url: assertionUrl, assertion_jws: assertionJws } = body;
  if (typeof assertionUrl === 'string' && /^https?:\/\//i.test(assertionUrl)) return { kind: 'link', url: assertionUrl };
  if (typeof assertionJws === 'string' && assertionJws !== '') return { kind: 'text', text: assertionJws };
  return {
    kind: 'problem',
    problem: problem('PROPERTY_MISSING', `the Open Badge Passport badge ${quote(body.id)} has neither assertion_url nor assertion_jws`),
  };
}
