/**
 * Europass (europa.eu): European Digital Credentials viewer share links and Europass CVs.
 * A share link's credential is served by the Europass wallet API at
 * `{wallet}/api/v1/sharelinks/<shareHash>/credentials`, but the production `{wallet}` base is injected
 * at runtime and is not published (european-commission-empl/european-digital-credentials:
 * edci-viewer app-routing.module.ts, swagger v1.service.ts; research/links.md §1 and §6).
 */
import { quote } from '../../problems.ts';
import { needsApi, platformPage, routedRule, type Route } from '../rule.ts';

const VIEWER_PATH = /^\/(?:europass\/digital-credentials\/viewer|europass2\/edci-viewer)(?:\/(?:index\.html)?)?$/i;

const routes: Route[] = [
  {
    path: VIEWER_PATH,
    hash: /^#\/shareview\/([A-Za-z0-9]+)\/?$/,
    resolve: (shareHash) =>
      needsApi(
        'europass',
        `the Europass share link ${quote(shareHash)} is served by the Europass wallet API ({wallet}/api/v1/sharelinks/${shareHash}/credentials), whose production base URL is not published`,
      ),
  },
  {
    path: VIEWER_PATH,
    resolve: (_, url) => platformPage('europass', 'Europass', 'upload-page', url, 'credential viewer page (where people upload a credential file)'),
  },
  {
    path: /^\/europass\/eportfolio\/api\/eprofile\/shared-profile\/(?:[^/]+\/)?([0-9a-f-]{36})\/?$/i,
    resolve: (_, url) => platformPage('europass', 'Europass', 'cv', url, 'CV (detect the credential links inside it one by one)'),
  },
];

export const europass = routedRule({ platform: 'europass', name: 'Europass', host: /^europa\.eu$/, routes });
