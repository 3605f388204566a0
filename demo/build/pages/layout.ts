/**
 * The frame every page shares: head, skip link, header with the page navigation and the language
 * switcher, and the footer. Pages are plain HTML; their script is one ES module.
 */
import { UI_LANGUAGES } from '../../../components/mc-verify/labels/labels.ts';
import { LANGUAGE_NAMES, type TextKey } from '../../text/index.ts';
import { english, html, Markup, text, textAttrs } from '../html.ts';

export type PageId = 'check' | 'preview' | 'embed' | 'gallery';

export interface PageInfo {
  file: string;
  nav: TextKey;
  title: TextKey;
}

export const PAGES: Readonly<Record<PageId, PageInfo>> = {
  check: { file: 'index.html', nav: 'nav.check', title: 'check.title' },
  preview: { file: 'preview.html', nav: 'nav.preview', title: 'preview.title' },
  embed: { file: 'embed.html', nav: 'nav.embed', title: 'embed.title' },
  gallery: { file: 'gallery.html', nav: 'nav.gallery', title: 'gallery.title' },
};

const PAGE_ORDER: readonly PageId[] = ['check', 'preview', 'embed', 'gallery'];

export function layout(page: PageId, main: Markup): string {
  const info = PAGES[page];
  const navigation = PAGE_ORDER.map((id) => {
    const target = PAGES[id];
    const current = id === page ? { 'aria-current': 'page' } : {};
    return html`<li>${text(target.nav, 'a', { href: target.file === 'index.html' ? './' : target.file, ...current })}</li>`;
  });
  const languages = UI_LANGUAGES.map((language) => html`<option value="${language}" lang="${language}">${LANGUAGE_NAMES[language]}</option>`);
  return `<!doctype html>
${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title data-title="${info.title}">${english(info.title)} · ${english('site.name')}</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="site.css">
<script type="module" src="assets/${page}.js"></script>
</head>
<body data-page="${page}">
${text('site.skip', 'a', { class: 'skip-link', href: '#main' })}
<header class="site-header">
  <div class="site-header__inner">
    <a class="brand" href="./"><span class="brand__mark" aria-hidden="true"></span><span data-text="site.name">${english('site.name')}</span></a>
    <nav class="site-nav"${textAttrs({ 'aria-label': 'site.navLabel' })}>
      <ul>${navigation}</ul>
    </nav>
    <div class="language-switch">
      ${text('site.language', 'label', { for: 'language' })}
      <select id="language" name="language" autocomplete="off">${languages}</select>
    </div>
  </div>
</header>
<main id="main" tabindex="-1" class="page page--${page}">
${main}
</main>
<footer class="site-footer">
  ${text('site.footer', 'p')}
  ${text('site.footerOffline', 'p')}
</footer>
</body>
</html>`}
`;
}
