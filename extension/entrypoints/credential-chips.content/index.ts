import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCredentialChips } from '../../content/credential-chips.ts';
import { LINKEDIN_MATCHES } from '../../config/permissions.ts';

// LinkedIn from install; extra sites are registered at run time (background/extra-sites.ts), and the
// TEST build adds the loopback fixture pages (wxt.config.ts).
export default defineContentScript({
  matches: [...LINKEDIN_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    void startCredentialChips(ctx);
  },
});
