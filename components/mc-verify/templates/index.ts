/**
 * The templates: pure functions from a report to a Lit `TemplateResult`, usable without
 * registering `<mc-verify>` (the extension's content script renders chips with them; Chrome's
 * isolated worlds have no `customElements`). Nothing here imports the element.
 *
 * @example
 * ```ts
 * import { render } from 'lit';
 * import { verdictChip, chipStyles, themeStyles } from './components/mc-verify/templates/index.ts';
 * shadowRoot.adoptedStyleSheets = [themeStyles.styleSheet!, chipStyles.styleSheet!];
 * render(verdictChip(report), shadowRoot);
 * ```
 *
 * @packageDocumentation
 */
export { checkList, checkSentences, pendingCheckList, problemDetails, warningList } from './check-list.ts';
export { renderContext, type RenderContext } from './context.ts';
export { credentialDetails, credentialSummary, longText, nameText } from './credential.ts';
export { euProfilePanel } from './eu-profile.ts';
export { checkIcon, iconFor, verdictIcon, type IconName } from './icons.ts';
export { markdown, markdownReady } from './markdown.ts';
export { errorView, progressBanner, progressBody, progressView, reportBody, reportView } from './report.ts';
export { chipStyles, reportStyles, themeStyles } from './styles.ts';
export { cleanName, cleanText, formatDate, looksLikeHash, pickText, shorten, type CleanText, type PickedText } from './text.ts';
export { imageSrc, linkUrl } from './urls.ts';
export { problemSentence, verdictBanner, verdictChip, type ChipState } from './verdict.ts';
