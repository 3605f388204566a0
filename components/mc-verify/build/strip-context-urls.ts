/**
 * A Vite plugin that removes the `url: new URL('../contexts/*.jsonld', import.meta.url)` properties
 * of @digitalbazaar/credentials-context.
 */
import type { Plugin } from 'vite';

const CONTEXT_URL = /^\s*url: new URL\([^)]*import\.meta\.url\),?\s*$/gm;

/**
 * The engine uses only the contexts' JSON; the URLs make Vite copy every context file a second
 * time as a data: URL, and in non-ESM output `import.meta` is `{}` so `new URL` throws at load.
 */
export function stripContextUrls(): Plugin {
  return {
    name: 'mc-verify:strip-context-urls',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('credentials-context') || !code.includes('import.meta.url')) return null;
      return { code: code.replace(CONTEXT_URL, ''), map: null };
    },
  };
}
