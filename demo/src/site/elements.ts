/**
 * The elements and templates the pages use. The demo's build turns these two imports into imports
 * of the element bundle copied beside the pages (see demo/build/bundle-client.ts), so the demo runs
 * the very files an institution hosts, and one copy of them.
 */
export {
  chipStyles,
  cleanName,
  formatDate,
  imageSrc,
  loadLabels,
  McVerify,
  pickText,
  problemSentence,
  resolveLanguage,
  themeStyles,
  UI_LANGUAGES,
  verdictChip,
  type Labels,
  type UiLanguage,
} from '../../../components/mc-verify/index.ts';
export type { McScan } from '../../../components/mc-scan/index.ts';
