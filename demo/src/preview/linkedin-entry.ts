/**
 * A "Licenses & certifications" entry as a recruiter sees it on a LinkedIn profile: the badge,
 * the credential's name and issuer, the issue date, the "Show credential" link, and the chip the
 * extension adds. Built with DOM calls: credential text is only ever text.
 */
import type { VerificationReport } from '../../../components/core/index.ts';
import type { DemoText } from '../../text/index.ts';
import { cleanName, imageSrc, pickText, type Labels, type UiLanguage } from '../site/elements.ts';
import { formatDay } from '../site/page.ts';
import './verdict-chip-preview.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface EntryInput {
  report: VerificationReport;
  /** The link the learner shared, when it was a link. */
  link?: string;
  labels: Labels;
  text: DemoText;
  language: UiLanguage;
}

export function linkedinEntry({ report, link, labels, text, language }: EntryInput): HTMLElement {
  const credential = report.credential;
  const name = pickText(credential?.achievement?.name ?? credential?.name, language)?.value;
  const issuer = pickText(credential?.issuer.trustedBy?.name ?? credential?.issuer.name, language)?.value;
  const picture = imageSrc(credential?.achievement?.image ?? credential?.image);

  const card = element('div', 'linkedin__card');
  card.append(element('p', 'linkedin__section', text.preview.linkedinSection));
  const entry = element('div', 'linkedin__entry');
  const logo = element('div', 'linkedin__logo');
  if (picture) {
    const image = element('img', '');
    image.src = picture;
    image.alt = '';
    image.referrerPolicy = 'no-referrer';
    image.addEventListener('error', () => image.remove());
    logo.append(image);
  }
  const body = element('div', 'linkedin__body');
  const title = element('p', 'linkedin__title', name ? cleanName(name).text : text.preview.unknownTitle);
  const chip = document.createElement('demo-verdict-chip');
  chip.report = report;
  chip.labels = labels;
  chip.id = 'preview-chip';
  const titleRow = element('div', 'linkedin__title-row');
  titleRow.append(title, chip);
  body.append(titleRow, element('p', 'linkedin__issuer', issuer ? cleanName(issuer).text : text.preview.unknownIssuer));
  const issued = credential?.validFrom ?? credential?.awardedDate;
  if (issued) body.append(element('p', 'linkedin__date', text.preview.issued(formatDay(issued, language))));
  if (link && /^https?:\/\//i.test(link)) {
    const show = element('a', 'linkedin__show', text.preview.showCredential);
    show.href = link;
    show.rel = 'noopener noreferrer';
    show.target = '_blank';
    body.append(show);
  }
  entry.append(logo, body);
  card.append(entry);
  return card;
}
