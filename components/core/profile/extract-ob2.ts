/**
 * Annex I elements from an Open Badges 2.0 assertion with its BadgeClass and issuer Profile.
 * The BadgeClass and Profile are the copies retrieved from the issuer when given (paths are then
 * relative to those documents); otherwise the ones embedded in the assertion, if any.
 */
import type { Collector } from './collector.ts';
import { edubadgesBadgeFields, edubadgesIssuerFields } from './edubadges.ts';
import { addAlignment, profileOrganisation } from './ob-common.ts';
import { addText, booleanOf } from './readers.ts';
import { isRecord, root, str, type JsonNode } from './walk.ts';

export interface Ob2Documents {
  badgeClass?: Record<string, unknown>;
  issuer?: Record<string, unknown>;
}

export function extractOb2(c: Collector, assertion: JsonNode, documents: Ob2Documents | undefined): void {
  const w = c.walk;
  const embeddedBadge = w.get(assertion, 'badge');
  const badge = documents?.badgeClass ? root(documents.badgeClass, 'badge-class') : embeddedBadge && isRecord(embeddedBadge.value) ? embeddedBadge : undefined;
  const embeddedIssuer = w.get(badge, 'issuer');
  const issuer = documents?.issuer ? root(documents.issuer, 'issuer') : embeddedIssuer;

  const recipient = w.get(assertion, 'recipient');
  const identity = str(w.get(recipient, 'identity'));
  if (recipient && identity !== undefined) {
    c.add('learner', { kind: 'identifier', scheme: str(w.get(recipient, 'type')) ?? 'identity', value: identity, hashed: booleanOf(w.get(recipient, 'hashed')) === true }, recipient, 'ob2');
  }

  addText(c, 'title', w.get(badge, 'name'), 'ob2');

  const organisation = profileOrganisation(c, issuer, 'issuer');
  if (issuer && organisation) c.add('awarding-body', organisation, issuer, 'ob2');
  edubadgesIssuerFields(c, issuer);

  const issuedOn = w.get(assertion, 'issuedOn');
  const date = str(issuedOn);
  if (issuedOn && date !== undefined) c.add('issue-date', { kind: 'date', date, meaning: 'issued' }, issuedOn, 'ob2');

  for (const alignment of w.objects(w.get(badge, 'alignment'))) addAlignment(c, alignment, 'ob2');
  edubadgesBadgeFields(c, badge);
  edubadgesBadgeFields(c, assertion);
  // The description is the outcome statement of last resort: explicit outcomes and skills come first.
  addText(c, 'learning-outcomes', w.get(badge, 'description'), 'ob2');

  const criteria = w.get(badge, 'criteria');
  const criteriaId = criteria && (typeof criteria.value === 'string' ? criteria : w.get(criteria, 'id'));
  const criteriaUrl = str(criteriaId);
  if (criteriaId && criteriaUrl !== undefined && /^https?:\/\//i.test(criteriaUrl)) c.add('further-information', { kind: 'link', url: criteriaUrl }, criteriaId, 'ob2');
}
