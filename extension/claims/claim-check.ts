/**
 * The claim check: what a LinkedIn entry says (certification name, issuing organisation, issue and
 * expiry month, the profile's name) against what the verified credential says. Only the
 * credential view the engine built from verified data is used (ARCHITECTURE.md "Core contracts");
 * a mismatch is a warning in the side panel, never a change of verdict.
 */
import type { Text, VerificationReport } from '../../components/core/index.ts';
import type { EntryClaims } from '../messaging/protocol.ts';
import { sameOrganisation, samePerson, sameTitle } from './name-match.ts';
import { cleanName } from '../../components/mc-verify/templates/text.ts';

export type ClaimWarningKind = 'issuer-differs' | 'title-differs' | 'recipient-differs' | 'recipient-not-named' | 'issued-differs' | 'expiry-differs';

export interface ClaimWarning {
  kind: ClaimWarningKind;
  /** `warning`: the entry and the credential disagree. `note`: they cannot be compared. */
  severity: 'warning' | 'note';
  message: string;
}

export interface ClaimCheckInput {
  claims?: EntryClaims;
  profileName?: string;
  report: VerificationReport;
}

export function checkClaims({ claims, profileName, report }: ClaimCheckInput): ClaimWarning[] {
  const credential = report.credential;
  if (!credential) return [];
  const warnings: ClaimWarning[] = [];
  const warn = (kind: ClaimWarningKind, message: string, severity: ClaimWarning['severity'] = 'warning') => warnings.push({ kind, severity, message });

  const issuerNames = texts(credential.issuer.name);
  if (claims?.issuer && issuerNames.length > 0 && !issuerNames.some((name) => sameOrganisation(claims.issuer ?? '', name))) {
    warn('issuer-differs', `The entry says ${quoted(claims.issuer)}; the credential was issued by ${quoted(issuerNames[0])}.`);
  }

  const titles = [...texts(credential.achievement?.name), ...texts(credential.name)];
  if (claims?.name && titles.length > 0 && !titles.some((title) => sameTitle(claims.name ?? '', title))) {
    warn('title-differs', `The entry is titled ${quoted(claims.name)}; the credential is for ${quoted(titles[0])}.`);
  }

  if (profileName) {
    const recipients = texts(credential.subject.name);
    if (recipients.length === 0) {
      warn('recipient-not-named', `The credential does not name its recipient, so it cannot be matched to ${quoted(profileName)}.`, 'note');
    } else if (!recipients.some((name) => samePerson(profileName, name))) {
      warn('recipient-differs', `Issued to a different name: the credential names ${quoted(recipients[0])}, the profile is ${quoted(profileName)}.`);
    }
  }

  const issued = month(credential.awardedDate ?? credential.validFrom);
  if (claims?.issued && issued && monthsApart(claims.issued, issued) > 1) {
    warn('issued-differs', `The entry says it was issued in ${monthName(claims.issued)}; the credential says ${monthName(issued)}.`);
  }
  const expires = month(credential.validUntil);
  if (claims?.expires && expires === undefined) {
    warn('expiry-differs', `The entry says it expires in ${monthName(claims.expires)}; the credential does not expire.`);
  } else if (claims?.expires && expires && monthsApart(claims.expires, expires) > 1) {
    warn('expiry-differs', `The entry says it expires in ${monthName(claims.expires)}; the credential says ${monthName(expires)}.`);
  }
  return warnings;
}

/** A name in quotes as people should read it: bidi controls and invisible characters removed (research/security.md §6 F #79). */
function quoted(name: string | undefined): string {
  return `“${cleanName(name ?? '').text}”`;
}

/** Every language's text of a value the credential states (a string or a language map). */
function texts(text: Text | undefined): string[] {
  if (text === undefined) return [];
  const values = typeof text === 'string' ? [text] : Object.values(text);
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

/** `YYYY-MM` of an ISO date-time, or undefined. */
function month(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : undefined;
}

function monthsApart(a: string, b: string): number {
  const index = (value: string) => Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7));
  return Math.abs(index(a) - index(b));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(value: string): string {
  return `${MONTHS[Number(value.slice(5, 7)) - 1] ?? value.slice(5, 7)} ${value.slice(0, 4)}`;
}
