/**
 * Blockcerts records hosted by Hyland / Learning Machine. Appending `?format=json` to the record URL
 * is what the official verifier does (blockchain-certificates/blockcerts-verifier:
 * src/constants/downloadFlag.ts, useCases/retrieve.ts). Self-hosted issuers are found by content.
 */
import { endpoint, routedRule } from '../rule.ts';

export const blockcerts = routedRule({
  platform: 'blockcerts',
  name: 'Blockcerts',
  host: /^blockcerts\.learningmachine\.com$/,
  routes: [
    {
      path: /^\/certificate\/([0-9a-f]{32})\/?$/i,
      resolve: (id) =>
        endpoint('blockcerts', `https://blockcerts.learningmachine.com/certificate/${id.toLowerCase()}?format=json`, { format: 'blockcerts' }),
    },
  ],
});
