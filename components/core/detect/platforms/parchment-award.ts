/**
 * Parchment awards (diplomas, transcripts): HTML only, no public JSON endpoint found. Not the same
 * product as Parchment Digital Badges, which is in badgr.ts (research/links.md §1).
 */
import { htmlOnlyCertificate, routedRule } from '../rule.ts';

export const parchmentAward = routedRule({
  platform: 'parchment-award',
  name: 'Parchment',
  host: /^(?:www\.)?parchment\.com$/,
  routes: [{ path: /^\/u\/award\/([0-9a-f]{32})\/?$/i, resolve: (_, url) => htmlOnlyCertificate('parchment-award', 'Parchment', url) }],
});
