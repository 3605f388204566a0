/** MITx Online certificates: server-rendered HTML only (RedGnad/Viky: MITX_ONLINE_CERTIFICATE; research/links.md §1). */
import { htmlOnlyCertificate, routedRule } from '../rule.ts';

export const mitxOnline = routedRule({
  platform: 'mitx-online',
  name: 'MITx Online',
  host: /^mitxonline\.mit\.edu$/,
  routes: [
    {
      path: /^\/certificate\/(?:program\/)?([0-9a-f-]{36})\/?$/i,
      resolve: (_, url) => htmlOnlyCertificate('mitx-online', 'MITx Online', url),
    },
  ],
});
