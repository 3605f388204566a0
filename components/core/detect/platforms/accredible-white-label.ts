/**
 * Accredible credentials on an organisation's own domain (e.g. credentials.<org>.com/<uuid>,
 * skillsoft.digitalbadges.skillsoft.com/<uuid>). Those domains cannot be listed, so the rule goes by
 * shape: a host label naming credentials, badges or certificates, and a path that is one UUID
 * (research/links.md §1, Accredible row). Being a guess, it carries a generic fallback.
 */
import { credentialNetRecord } from './accredible.ts';
import { generic, routedRule } from '../rule.ts';

const UUID_PATH = /^\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
const CREDENTIAL_WORD = /credential|badge|certificat|^certs?$/;

/** True when a host label (not the top-level domain) names credentials, badges or certificates. */
function looksLikeCredentialHost(hostname: string): boolean {
  return hostname.split('.').slice(0, -1).some((label) => CREDENTIAL_WORD.test(label));
}

export const accredibleWhiteLabel = routedRule({
  platform: 'accredible',
  name: 'Accredible (white label)',
  host: looksLikeCredentialHost,
  routes: [{ path: UUID_PATH, resolve: (id, url) => ({ ...credentialNetRecord(id), fallback: generic(url) }) }],
});
