/**
 * Coursera certificates: HTML pages whose data is the page's own application state, with no
 * signed or hosted credential behind them (RedGnad/Viky: src/attested-sources.ts COURSERA_CERTIFICATE;
 * research/links.md §1).
 */
import { htmlOnlyCertificate, routedRule } from '../rule.ts';

export const coursera = routedRule({
  platform: 'coursera',
  name: 'Coursera',
  host: /^(?:www\.)?coursera\.org$/,
  routes: [
    {
      path: /^\/(?:account\/accomplishments\/)?(?:verify|certificate|specialization(?:\/certificate)?|professional-cert|records)\/([A-Z0-9]{8,20})\/?$/i,
      resolve: (_, url) => htmlOnlyCertificate('coursera', 'Coursera', url),
    },
  ],
});
