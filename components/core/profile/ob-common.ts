/**
 * Open Badges pieces shared by 2.0 and 3.0: issuer profiles and alignments.
 *
 * Alignment conventions for Annex I (eu-edc.md §5): EQF as `targetType: "ext:EQF"` (educredentials),
 * `"ext:EQFLevel"` (Edubadges wiki), `"ext:EQFAlignment"` (Edubadges server, `ext:{framework}Alignment`),
 * `targetFramework` "EQF" / "European Qualifications Framework", or an EQF concept URI as `targetUrl`;
 * quality assurance as `targetType: "ext:QualityAssurance"` (educredentials); skills as ESCO URIs.
 */
import { quote } from '../problems.ts';
import { where, type Collector } from './collector.ts';
import { eqfUri, isEqfUri, parseEqf } from './eqf.ts';
import { toText } from './languages.ts';
import { organisationValue, skillOf } from './readers.ts';
import type { Convention, ElementValue, OrganisationRole } from './types.ts';
import { isRecord, str, type JsonNode } from './walk.ts';

export type AlignmentKind = 'eqf' | 'quality-assurance' | 'framework-level' | 'skill';

const lower = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');

export function classifyAlignment(alignment: Record<string, unknown>): { kind: AlignmentKind; convention: Convention | undefined } {
  const type = lower(alignment.targetType);
  const framework = lower(alignment.targetFramework);
  if (type === 'ext:eqf') return { kind: 'eqf', convention: 'educredentials' };
  if (type === 'ext:eqflevel' || type === 'ext:eqfalignment') return { kind: 'eqf', convention: 'edubadges' };
  if (/^(?:eqf\b|european qualifications? framework)/.test(framework) || isEqfUri(alignment.targetUrl)) return { kind: 'eqf', convention: undefined };
  if (type === 'ext:qualityassurance') return { kind: 'quality-assurance', convention: 'educredentials' };
  if (type === 'ext:qualityassurancealignment') return { kind: 'quality-assurance', convention: 'edubadges' };
  if (/quality assurance/.test(framework)) return { kind: 'quality-assurance', convention: undefined };
  if (/^ext:(?:nlqf|nqf|qf-?ehea)(?:level|alignment)?$/.test(type)) return { kind: 'framework-level', convention: 'edubadges' };
  if (/\b(?:nlqf|nqf|qf-ehea|ehea)\b/.test(framework)) return { kind: 'framework-level', convention: undefined };
  return { kind: 'skill', convention: /^ext:\w+alignment$/.test(type) ? 'edubadges' : undefined };
}

/** Reads one alignment into the element it belongs to. */
export function addAlignment(c: Collector, node: JsonNode, native: Convention): void {
  if (!isRecord(node.value)) return;
  const a = node.value;
  const { kind, convention = native } = classifyAlignment(a);
  const url = typeof a.targetUrl === 'string' && a.targetUrl.trim() !== '' ? a.targetUrl : undefined;
  const name = toText(a.targetName);
  const code = typeof a.targetCode === 'string' || typeof a.targetCode === 'number' ? String(a.targetCode) : undefined;
  const description = toText(a.targetDescription);
  const framework = typeof a.targetFramework === 'string' ? a.targetFramework : undefined;
  switch (kind) {
    case 'eqf': {
      const level = parseEqf(isEqfUri(url) ? url : undefined) ?? parseEqf(code) ?? parseEqf(typeof a.targetName === 'string' ? a.targetName : undefined);
      if (level !== undefined) {
        c.add('level', { kind: 'eqf', level, uri: eqfUri(level) }, node, convention);
      } else {
        c.warn('EQF_LEVEL_MALFORMED', `${where(node)} is an EQF alignment whose targetUrl, targetCode and targetName (${quote(url ?? code ?? a.targetName ?? null)}) give no level from 1 to 8`);
        c.add('level', { kind: 'framework-level', framework: framework ?? 'EQF', ...(url ? { uri: url } : {}), ...(code ? { code } : {}), ...(name !== undefined ? { label: name } : {}) }, node, convention);
      }
      return;
    }
    case 'quality-assurance':
      c.add(
        'quality-assurance',
        {
          kind: 'quality-assurance',
          ...(name !== undefined ? { name } : {}),
          ...(url ? { url } : {}),
          ...(code ? { code } : {}),
          ...(description !== undefined ? { description } : {}),
        },
        node,
        convention,
      );
      return;
    case 'framework-level':
      c.add('level', { kind: 'framework-level', ...(framework ? { framework } : {}), ...(url ? { uri: url } : {}), ...(code ? { code } : {}), ...(name !== undefined ? { label: name } : {}) }, node, convention);
      return;
    case 'skill': {
      const skill = skillOf(c, node, url, name, /\besco\b/i.test(framework ?? ''), code);
      if (skill) c.add('learning-outcomes', { kind: 'skill', ...skill }, node, convention);
      else if (name !== undefined) c.add('learning-outcomes', { kind: 'text', text: name }, node, convention);
    }
  }
}

/** An issuer Profile (OB 2.0 Issuer, OB 3.0 Profile) as an organisation value. */
export function profileOrganisation(c: Collector, node: JsonNode | undefined, role: OrganisationRole): ElementValue | undefined {
  if (!node) return undefined;
  if (typeof node.value === 'string') return node.value.trim() === '' ? undefined : { kind: 'organisation', role, id: node.value, identifiers: [] };
  if (!isRecord(node.value)) return undefined;
  const identifiers: { scheme?: string; value: string }[] = [];
  for (const entry of c.walk.objects(c.walk.get(node, 'otherIdentifier'))) {
    const value = str(c.walk.get(entry, 'identifier'));
    const scheme = str(c.walk.get(entry, 'identifierType'));
    if (value !== undefined) identifiers.push({ value, ...(scheme !== undefined ? { scheme } : {}) });
  }
  const email = str(c.walk.get(node, 'email'));
  if (email !== undefined) identifiers.push({ scheme: 'email', value: email });
  const id = str(c.walk.get(node, 'id'));
  const name = toText(node.value.name);
  const homepage = str(c.walk.get(node, 'url'));
  if (id === undefined && name === undefined && homepage === undefined && identifiers.length === 0) return undefined;
  return organisationValue(role, { id, name, homepage }, identifiers);
}
