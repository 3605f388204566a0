/**
 * LinkedIn-like profile pages written by the tests, in the logged-in classic layout the saved
 * fixtures show (test/extension/fixtures/linkedin-classic-profile.html): a top card with the name
 * and a "Licenses & certifications" card whose entries each have a title, an issuer, a dates line
 * and a "Show credential" link. Every text is HTML-escaped, so a payload in it is page text, as on
 * LinkedIn, never page markup.
 */

export interface CertificationMarkup {
  title: string;
  issuer: string;
  /** The dates line, as LinkedIn writes it: "Issued Jan 2025 · Expires Jan 2027". */
  dates: string;
  /** The "Show credential" link. */
  href: string;
}

export interface ProfilePageOptions {
  person: string;
  entries: readonly CertificationMarkup[];
  /** Markup after the certifications card, as it is (other sections, a feed). */
  after?: string;
  /** The page's own script, as it is. */
  script?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A line of the entry, doubled as LinkedIn writes it: once shown, once for screen readers. */
function doubled(text: string): string {
  const escaped = escapeHtml(text);
  return `<span aria-hidden="true"><!---->${escaped}<!----></span><span class="visually-hidden"><!---->${escaped}<!----></span>`;
}

function entryMarkup(entry: CertificationMarkup): string {
  return `<li class="artdeco-list__item">
  <div class="pvs-entity--padded pvs-entity" data-view-name="profile-component-entity">
    <a data-field="entity_image_licenses_and_certifications" class="optional-action-target-wrapper display-flex" href="https://www.linkedin.com/company/fixture-university/"><img alt="" width="48" height="48" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a>
    <div class="display-flex flex-column full-width">
      <div class="display-flex align-items-center mr1 t-bold">${doubled(entry.title)}</div>
      <span class="t-14 t-normal">${doubled(entry.issuer)}</span>
      <span class="t-14 t-normal t-black--light">${doubled(entry.dates)}</span>
      <div class="pvs-entity__sub-components">
        <a aria-label="Show credential for ${escapeHtml(entry.title)}" class="optional-action-target-wrapper artdeco-button artdeco-button--secondary" target="_blank" href="${escapeHtml(entry.href)}"><span class="pvs-navigation__text">Show credential</span></a>
      </div>
    </div>
  </div>
</li>`;
}

export function linkedInProfilePage(options: ProfilePageOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(options.person)} | LinkedIn</title>
  <style>
    body { font: 14px/1.4 system-ui, sans-serif; background: #f4f2ee; margin: 0; }
    main { max-width: 800px; margin: 24px auto; }
    .artdeco-card { background: #fff; border-radius: 8px; padding: 12px 24px; margin-bottom: 8px; }
    .visually-hidden { position: absolute !important; height: 1px; width: 1px; overflow: hidden; clip: rect(1px,1px,1px,1px); }
    ul { list-style: none; padding: 0; } li { padding: 10px 0; border-bottom: 1px solid #e8e8e8; }
    .pvs-entity { display: flex; gap: 8px; } .display-flex { display: flex; } .flex-column { flex-direction: column; }
    .artdeco-button { display: inline-flex; border: 1px solid #666; border-radius: 16px; padding: 4px 12px; font-weight: 600; }
  </style>
</head>
<body>
  <main id="main" class="scaffold-layout__main">
    <section class="artdeco-card"><h1 class="text-heading-xlarge">${escapeHtml(options.person)}</h1></section>
    <section class="artdeco-card pv-profile-card" data-view-name="profile-card">
      <div id="licenses_and_certifications" class="pv-profile-card__anchor"></div>
      <h2 class="pvs-header__title"><span aria-hidden="true">Licenses &amp; certifications</span></h2>
      <ul class="pvs-list">
${options.entries.map(entryMarkup).join('\n')}
      </ul>
    </section>
${options.after ?? ''}
  </main>
${options.script === undefined ? '' : `<script>\n${options.script}\n</script>`}
</body>
</html>`;
}
