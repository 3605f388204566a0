/**
 * Normalised views across conventions (ECTS, hours, EQF, ESCO skills, countries) and the checks
 * that compare values: the workload ratio and values stated twice with different content.
 */
import { where, type Collector } from './collector.ts';
import { hoursPerEcts, HOURS_PER_ECTS_MAX, HOURS_PER_ECTS_MIN, workloadRatioUnusual } from './ects.ts';
import { isEscoSkillUri } from './skills.ts';
import type { ElementEntry, ElementValue, NormalisedViews, Skill } from './types.ts';

type Of<K extends ElementValue['kind']> = Extract<ElementValue, { kind: K }>;

function entriesOf<K extends ElementValue['kind']>(entries: readonly ElementEntry[], kind: K): (ElementEntry & { value: Of<K> })[] {
  return entries.filter((entry): entry is ElementEntry & { value: Of<K> } => entry.value.kind === kind);
}

const at = (entry: ElementEntry) => where({ value: undefined, path: entry.path, doc: entry.document });

export function normalisedViews(c: Collector): NormalisedViews {
  const workload = c.values('workload');
  const ectsEntries = entriesOf(workload, 'ects');
  const ects = ectsEntries.find((entry) => !entry.value.assumed) ?? ectsEntries[0];
  const hoursEntry = workload.find((entry) => (entry.value.kind === 'duration' && entry.value.hours !== undefined) || entry.value.kind === 'hours');
  const hours = hoursEntry && (hoursEntry.value.kind === 'duration' || hoursEntry.value.kind === 'hours') ? hoursEntry.value.hours : undefined;

  const views: NormalisedViews = { escoSkills: [], countries: [] };
  if (ects) views.ects = ects.value.credits;
  if (hours !== undefined) views.hours = hours;
  if (ects && hoursEntry && hours !== undefined) {
    const ratio = hoursPerEcts(hours, ects.value.credits);
    if (ratio !== undefined) {
      views.hoursPerEcts = ratio;
      if (workloadRatioUnusual(ratio)) {
        c.warn(
          'WORKLOAD_RATIO_UNUSUAL',
          `${ratio} hours per ECTS credit: ${hours} hours at ${at(hoursEntry)} for ${ects.value.credits} ECTS at ${at(ects)}; one credit is usually 25 to 30 hours (warning outside ${HOURS_PER_ECTS_MIN}–${HOURS_PER_ECTS_MAX})`,
        );
      }
    }
  }
  disagree(c, 'ECTS credits', ectsEntries.map((entry) => [entry, String(entry.value.credits)]));

  const eqf = entriesOf(c.values('level'), 'eqf');
  if (eqf[0]) views.eqfLevel = eqf[0].value.level;
  disagree(c, 'EQF level', eqf.map((entry) => [entry, String(entry.value.level)]));

  const outcomes = c.values('learning-outcomes');
  const skills: Skill[] = [...entriesOf(outcomes, 'outcome').flatMap((entry) => entry.value.skills), ...entriesOf(outcomes, 'skill').map((entry) => entry.value)];
  for (const skill of skills) {
    if (!isEscoSkillUri(skill.uri) || views.escoSkills.some((known) => known.uri === skill.uri)) continue;
    views.escoSkills.push(skill.label !== undefined ? { uri: skill.uri, label: skill.label } : { uri: skill.uri });
  }

  for (const entry of entriesOf(c.values('issuer-country'), 'country')) {
    if (views.countries.some((known) => known.code === entry.value.code)) continue;
    views.countries.push(entry.value.alpha3 !== undefined ? { code: entry.value.code, alpha3: entry.value.alpha3 } : { code: entry.value.code });
  }
  return views;
}

/** Reports a quantity stated in several places with different values. */
function disagree(c: Collector, what: string, stated: [ElementEntry, string][]): void {
  if (new Set(stated.map(([, value]) => value)).size <= 1) return;
  c.warn('EU_VALUES_DISAGREE', `${what} differ: ${stated.map(([entry, value]) => `${value} at ${at(entry)}`).join(', ')}`);
}
