/**
 * Open Badge Factory (Discendum, FI). The bare assertion URL answers the hosted assertion JSON;
 * `.html` is the human page. UNVERIFIED in research/links.md: inferred from Open Badge Passport
 * importing badges by GETting that URL (openbadgefactory/salava, badge/assertion.clj).
 */
import { endpoint, routedRule } from '../rule.ts';

export const openBadgeFactory = routedRule({
  platform: 'open-badge-factory',
  name: 'Open Badge Factory',
  host: /^(?:www\.)?openbadgefactory\.com$/,
  routes: [
    {
      path: /^\/v1\/assertion\/([0-9a-f]{40})(?:\.html|\.json)?\/?$/i,
      resolve: (id) =>
        endpoint('open-badge-factory', `https://openbadgefactory.com/v1/assertion/${id.toLowerCase()}`, { format: 'ob2-hosted' }),
    },
  ],
});
