/**
 * `<mc-verify>`: the drop-in verifier element, its events, display text and templates. Importing
 * this module registers the element.
 *
 * @packageDocumentation
 */
export { McVerify } from './mc-verify.ts';
export { McVerifyStartEvent, type McVerifyStartDetail } from './events/verify-start.ts';
export { McVerifyCompleteEvent, type McVerifyCompleteDetail } from './events/verify-complete.ts';
export { McVerifyErrorEvent, type McVerifyErrorDetail } from './events/verify-error.ts';
export { loadLabels, pageLanguage, resolveLanguage, UI_LANGUAGES, type ErrorReason, type Labels, type UiLanguage } from './labels/index.ts';
export { chipKindOf, notACredentialProblem, NOT_A_CREDENTIAL_CODES, type ChipKind } from './chip-state.ts';
export * from './templates/index.ts';
