/**
 * The demo's own credentials, issued afresh on every build by the fictional Demo University: an
 * EU micro-credential that verifies (Open Badges 3.0 with the Dutch educredentials/Edubadges-style
 * fields, so the Annex I panel has every mandatory element to show), and credentials with the
 * problems learners meet, for the recruiter preview.
 */
import { createHash } from 'node:crypto';
import { VC_V2_CONTEXT } from '../../../components/core/resolve/contexts.ts';
import { OB3_CONTEXT } from '../../../test/support/issue.ts';
import { badgePng, pngDataUrl } from './badge-image.ts';
import { createDemoIssuer, issueRevocationList, revocationEntry, type JsonObject } from './demo-issuer.ts';
import {
  credentialUrl,
  ESCO_SKILLS,
  MICRO_CREDENTIAL_CONTEXT,
  MICRO_CREDENTIAL_CONTEXT_URL,
  STATUS_LIST_URL,
  UNIVERSITY_DID,
  UNIVERSITY_HOMEPAGE,
  UNIVERSITY_HOST,
  UNIVERSITY_NAME,
  UNPUBLISHED_STATUS_LIST_URL,
} from './demo-world.ts';

export const LEARNER_NAME = 'Sam Jansen';
export const LEARNER_EMAIL = 'sam.jansen@example.org';
const LEARNER_SALT = 'demo-salt-4f2a';

/** The credentials the demo issues itself, by sample id. */
export interface OwnCredentials {
  microCredential: JsonObject;
  expiringSoon: JsonObject;
  statusUnreachable: JsonObject;
  noWorkload: JsonObject;
  foreignKey: JsonObject;
}

export interface OwnSamples {
  /** When the samples were issued (build time less sixty days, at midnight UTC). */
  issuedAt: string;
  /** The instant the gallery judges them at: the build, so they read the same whenever the site is opened. */
  judgedAt: string;
  credentials: OwnCredentials;
  /** What the university publishes: DID document, status list, context, and the credentials at their URLs. */
  documents: Record<string, unknown>;
}

const DAY_MS = 86_400_000;

const atMidnight = (ms: number): string => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().replace('.000Z', 'Z');

/** Issues every sample. `now` is the build's clock. */
export async function issueOwnSamples(now: Date): Promise<OwnSamples> {
  const issuedAt = atMidnight(now.getTime() - 60 * DAY_MS);
  const expiresAt = atMidnight(now.getTime() + 30 * DAY_MS);
  const university = await createDemoIssuer(UNIVERSITY_HOST);
  const stranger = await createDemoIssuer();
  const revocationList = await issueRevocationList(university, STATUS_LIST_URL, [], issuedAt);
  const image = pngDataUrl(badgePng());

  const microCredential = await university.sign(
    credential({ slug: 'creating-digital-learning-content', issuedAt, image, statusIndex: 3, achievement: microCredentialAchievement() }),
    issuedAt,
  );
  const expiringSoon = await university.sign(
    credential({ slug: 'accessible-documents', issuedAt, image, statusIndex: 4, validUntil: expiresAt, achievement: plainAchievement('accessible-documents', 'Accessible Documents', 'Produces documents and slides that screen readers, magnifiers and keyboard users can follow.') }),
    issuedAt,
  );
  const statusUnreachable = await university.sign(
    credential({ slug: 'research-data-management', issuedAt, image, statusIndex: 5, statusList: UNPUBLISHED_STATUS_LIST_URL, achievement: plainAchievement('research-data-management', 'Research Data Management', 'Writes a data management plan and archives a data set so others can find and reuse it.') }),
    issuedAt,
  );
  const { ECTS: _ects, timeInvestment: _hours, ...withoutWorkload } = microCredentialAchievement();
  const noWorkload = await university.sign(
    credential({ slug: 'online-teaching-basics', issuedAt, image, statusIndex: 6, achievement: { ...withoutWorkload, id: achievementId('online-teaching-basics'), name: 'Online Teaching Basics' } }),
    issuedAt,
  );
  // Names the university as its issuer, but is signed by a key the university does not control.
  const foreignKey = await stranger.sign(credential({ slug: 'project-leadership', issuedAt, image, statusIndex: 7, achievement: plainAchievement('project-leadership', 'Project Leadership', 'Plans and leads a small project with a team of four to eight people.') }), issuedAt);

  const credentials: OwnCredentials = { microCredential, expiringSoon, statusUnreachable, noWorkload, foreignKey };
  const documents: Record<string, unknown> = {
    [UNIVERSITY_DID]: university.didDocument,
    [stranger.did]: stranger.didDocument,
    [STATUS_LIST_URL]: revocationList,
    [MICRO_CREDENTIAL_CONTEXT_URL]: MICRO_CREDENTIAL_CONTEXT,
  };
  for (const signed of Object.values(credentials)) documents[String(signed.id)] = signed;
  return { issuedAt, judgedAt: now.toISOString(), credentials, documents };
}

interface CredentialParts {
  slug: string;
  issuedAt: string;
  image: string;
  statusIndex: number;
  statusList?: string;
  validUntil?: string;
  achievement: JsonObject;
}

/** An Open Badges 3.0 credential from the university to the learner, served at its own URL. */
function credential(parts: CredentialParts): JsonObject {
  const document: JsonObject = {
    '@context': [VC_V2_CONTEXT, OB3_CONTEXT, MICRO_CREDENTIAL_CONTEXT_URL],
    id: credentialUrl(parts.slug),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: parts.achievement.name,
    issuer: {
      id: UNIVERSITY_DID,
      type: ['Profile'],
      name: UNIVERSITY_NAME,
      url: UNIVERSITY_HOMEPAGE,
      email: 'credentials@demo-university.example',
      address: { type: ['Address'], addressLocality: 'Utrecht', addressCountry: 'Netherlands', addressCountryCode: 'NL' },
    },
    validFrom: parts.issuedAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      name: LEARNER_NAME,
      identifier: [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: true, salt: LEARNER_SALT, identityHash: hashedEmail(LEARNER_EMAIL, LEARNER_SALT) }],
      achievement: { image: { id: parts.image, type: 'Image' }, ...parts.achievement },
    },
    credentialStatus: revocationEntry(parts.statusList ?? STATUS_LIST_URL, parts.statusIndex),
  };
  if (parts.validUntil !== undefined) document.validUntil = parts.validUntil;
  return document;
}

const achievementId = (slug: string): string => `https://${UNIVERSITY_HOST}/achievements/${slug}`;

function plainAchievement(slug: string, name: string, description: string): JsonObject {
  return {
    id: achievementId(slug),
    type: ['Achievement'],
    achievementType: 'Badge',
    name,
    description,
    criteria: { narrative: 'Completed the course and passed its assessed assignment.' },
  };
}

/**
 * A micro-credential as Dutch institutions issue them (educredentials `EducredentialAchievement`
 * with Edubadges-style alignments): every mandatory Annex I element is stated.
 */
function microCredentialAchievement(): JsonObject {
  return {
    id: achievementId('creating-digital-learning-content'),
    type: ['Achievement', 'EducredentialAchievement'],
    achievementType: 'MicroCredential',
    name: 'Creating Digital Learning Content',
    description:
      'Designs, produces and evaluates short digital learning units (video, interactive exercises, a course page) for a real group of learners, and works with colleagues and learners to improve them.',
    criteria: {
      id: `${UNIVERSITY_HOMEPAGE}/courses/creating-digital-learning-content`,
      narrative: 'Passed the final portfolio: three learning units used with a real group, with learner feedback and a reflection, assessed by two examiners.',
    },
    inLanguage: 'en',
    ECTS: 5,
    timeInvestment: 140,
    participationType: 'blended',
    assessmentType: 'portfolio',
    identityChecked: true,
    supervisionType: 'onsite with identity verification',
    stackable: true,
    alignment: [
      { type: ['Alignment'], targetType: 'ext:EQF', targetName: 'EQF level 6', targetCode: '6', targetFramework: 'European Qualifications Framework', targetUrl: 'http://data.europa.eu/snb/eqf/6' },
      { type: ['Alignment'], targetType: 'ext:QualityAssurance', targetName: 'Institutional quality assurance (demo)', targetUrl: `${UNIVERSITY_HOMEPAGE}/quality-assurance` },
      ...ESCO_SKILLS.map((skill) => ({ type: ['Alignment'], targetType: 'ext:ESCOAlignment', targetFramework: 'ESCO', targetName: skill.label, targetUrl: skill.uri })),
    ],
  };
}

/** OB 3.0 IdentityObject hash: `sha256$` + hex of the identity followed by the salt. */
function hashedEmail(email: string, salt: string): string {
  return `sha256$${createHash('sha256').update(email + salt).digest('hex')}`;
}
