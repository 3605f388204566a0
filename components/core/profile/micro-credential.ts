/**
 * Whether a credential claims to be a micro-credential, and by which signal. A claim is what the
 * credential says about itself; completeness against Annex I is judged separately.
 */
import type { Collector } from './collector.ts';
import { elmClaims } from './extract-elm.ts';
import { toText } from './languages.ts';
import type { MicroCredentialClaim, MicroCredentialSignal } from './types.ts';
import { idOf, isRecord, str, types, type JsonNode } from './walk.ts';

/** ELM learning-opportunity type "Short learning programme" (the EC Annex I sample's `specifiedBy.dcType`). */
export const SHORT_LEARNING_PROGRAMME = 'http://data.europa.eu/snb/learning-opportunity/74a4a268e8';

const MICRO = /\bmicro[-\s]?credentials?\b/i;
const EDUCREDENTIALS_SCHEMA = /\/microcredential(?:_[a-z]+)?\.json$/i;

/** The strings of a text in every language it is given in. */
function allTexts(value: unknown): string[] {
  const text = toText(value);
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

export function microCredentialClaim(c: Collector, doc: JsonNode, family: 'vc' | 'ob2', badgeClass?: JsonNode): MicroCredentialClaim {
  const w = c.walk;
  const signals: MicroCredentialClaim['signals'] = [];
  const signal = (kind: MicroCredentialSignal, node: JsonNode, value: string) => {
    if (!signals.some((s) => s.signal === kind && s.path === node.path && s.document === node.doc)) signals.push({ signal: kind, path: node.path, document: node.doc, value });
  };

  const typeNode = w.get(doc, 'type');
  for (const type of types(doc)) if (/^(?:ext:)?micro-?credential$/i.test(type) && typeNode) signal('credential-type', typeNode, type);

  if (family === 'vc') {
    for (const subject of w.objects(w.get(doc, 'credentialSubject'))) {
      for (const achievement of w.objects(w.get(subject, 'achievement'))) {
        const type = w.get(achievement, 'achievementType');
        const value = str(type);
        if (type && value !== undefined && /^(?:ext:)?microcredential$/i.test(value)) signal('achievement-type', type, value);
      }
      for (const hc of elmClaims(c, subject).achievements) {
        for (const spec of w.objects(w.get(hc, 'specifiedBy'))) {
          for (const dcType of w.items(w.get(spec, 'dcType'))) {
            const id = idOf(dcType);
            if (id === SHORT_LEARNING_PROGRAMME) signal('short-learning-programme', dcType, id);
            const label = isRecord(dcType.value) ? allTexts(dcType.value.prefLabel).find((text) => MICRO.test(text)) : undefined;
            if (label !== undefined) signal('specification-type', dcType, label);
          }
        }
      }
    }
    for (const profile of w.items(w.get(doc, 'credentialProfiles'))) {
      const label = isRecord(profile.value) ? allTexts(profile.value.prefLabel).find((text) => MICRO.test(text)) : undefined;
      if (label !== undefined) signal('credential-profile', profile, label);
    }
    const display = w.at(doc, 'displayParameter', 'title');
    const title = display ? allTexts(display.value).find((text) => MICRO.test(text)) : undefined;
    if (display && title !== undefined) signal('display-title', display, title);
    for (const schema of w.items(w.get(doc, 'credentialSchema'))) {
      const id = idOf(schema);
      if (id !== undefined && EDUCREDENTIALS_SCHEMA.test(id)) signal('credential-schema', schema, id);
    }
  }

  // Edubadges BadgeClass: `isMicroCredentials` (DTO) and the badge class type "micro_credential".
  for (const badge of [badgeClass, family === 'ob2' ? w.get(doc, 'badge') : undefined]) {
    if (!badge || !isRecord(badge.value)) continue;
    const flag = w.get(badge, 'isMicroCredentials');
    if (flag && flag.value === true) signal('badge-class-type', flag, 'true');
    for (const key of ['badgeClassType', 'typeBadgeClass', 'badge_class_type']) {
      const type = w.get(badge, key);
      const value = str(type);
      if (type && value !== undefined && /^micro[-_\s]?credentials?$/i.test(value)) signal('badge-class-type', type, value);
    }
  }

  return { claimed: signals.length > 0, signals };
}
