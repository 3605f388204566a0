/**
 * The display view of an Open Badges 2.0 assertion, built from the issuer's copy of the
 * assertion and the BadgeClass and Profile it links to. A hashed recipient identity is kept as an
 * identifier to compare, never shown as a name.
 */
import type { CredentialView, TrustVouch } from '../report.ts';
import type { JsonObject } from '../suites/canonize.ts';
import { alignmentView, assign, evidenceView, imageUrl, objects, str, text } from './credential-view.ts';
import { isObject, typeList } from './json.ts';

export function toOb2View(assertion: JsonObject, badgeClass: JsonObject, issuer: JsonObject, trustedBy?: TrustVouch): CredentialView {
  const recipient = isObject(assertion.recipient) ? assertion.recipient : {};
  const view: CredentialView = {
    types: typeList(assertion.type),
    issuer: { id: String(issuer.id) },
    subject: { identifiers: typeof recipient.identity === 'string' ? [{ type: str(recipient.type) ?? 'identity', hashed: recipient.hashed === true, value: recipient.identity }] : [] },
    achievement: { tags: (Array.isArray(badgeClass.tags) ? badgeClass.tags : []).filter((t): t is string => typeof t === 'string') },
    alignments: objects(badgeClass.alignment).map(alignmentView),
    evidence: (Array.isArray(assertion.evidence) ? assertion.evidence : assertion.evidence === undefined ? [] : [assertion.evidence]).map((entry) => (typeof entry === 'string' ? { id: entry } : isObject(entry) ? evidenceView(entry) : {})),
    results: [],
  };
  assign(view, 'id', str(assertion.id));
  assign(view, 'name', text(badgeClass.name));
  assign(view, 'description', text(badgeClass.description));
  assign(view, 'image', imageUrl(assertion.image) ?? imageUrl(badgeClass.image));
  assign(view, 'validFrom', str(assertion.issuedOn));
  assign(view, 'validUntil', str(assertion.expires));
  assign(view.issuer, 'name', text(issuer.name));
  assign(view.issuer, 'url', str(issuer.url));
  assign(view.issuer, 'image', imageUrl(issuer.image));
  assign(view.issuer, 'email', str(issuer.email));
  assign(view.issuer, 'description', text(issuer.description));
  if (trustedBy) view.issuer.trustedBy = trustedBy;
  const achievement = view.achievement!;
  assign(achievement, 'id', str(badgeClass.id));
  assign(achievement, 'type', 'BadgeClass');
  assign(achievement, 'name', text(badgeClass.name));
  assign(achievement, 'description', text(badgeClass.description));
  assign(achievement, 'image', imageUrl(badgeClass.image));
  const criteria = badgeClass.criteria;
  if (typeof criteria === 'string') achievement.criteria = { id: criteria };
  else if (isObject(criteria)) {
    achievement.criteria = {};
    assign(achievement.criteria, 'id', str(criteria.id));
    assign(achievement.criteria, 'narrative', text(criteria.narrative));
  }
  return view;
}
