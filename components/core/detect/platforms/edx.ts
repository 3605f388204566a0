/**
 * edX course certificates and program credentials: server-rendered HTML only
 * (RedGnad/Viky: src/attested-sources.ts EDX_CERTIFICATE; research/links.md §1).
 */
import { htmlOnlyCertificate, routedRule } from '../rule.ts';

export const edx = routedRule({
  platform: 'edx',
  name: 'edX',
  host: /^(?:courses|credentials)\.edx\.org$/,
  routes: [
    { path: /^\/(?:certificates|credentials)\/([0-9a-f]{32})\/?$/i, resolve: (_, url) => htmlOnlyCertificate('edx', 'edX', url) },
  ],
});
