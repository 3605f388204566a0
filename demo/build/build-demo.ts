/**
 * `npm run build:demo` (after `npm run build`): writes the static demo site to dist/demo/, which
 * any static host can serve. It copies the element bundle from dist/mc-verify/, issues and picks
 * the sample credentials, bundles the pages' scripts and writes the pages.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiReference, readManifest } from './api-reference.ts';
import { bundleClient } from './bundle-client.ts';
import { checkPage } from './pages/check-page.ts';
import { embedPage } from './pages/embed-page.ts';
import { galleryPage } from './pages/gallery-page.ts';
import { layout, PAGES } from './pages/layout.ts';
import { previewPage } from './pages/preview-page.ts';
import { badgeSvg } from './samples/badge-image.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SITE_DIR = join(ROOT, 'dist/demo');
const ELEMENT_BUNDLE = join(ROOT, 'dist/mc-verify');
/** The shared conformance corpus the gallery's real credentials come from. */
const CORPUS = join(ROOT, '../shared/corpus');

export async function buildDemo(now = new Date()): Promise<void> {
  if (!existsSync(join(ELEMENT_BUNDLE, 'mc-verify.js')) || !existsSync(join(ROOT, 'custom-elements.json'))) {
    throw new Error('dist/mc-verify/ or custom-elements.json is missing: run `npm run build` first (`npm run build:demo` does)');
  }
  if (!existsSync(join(CORPUS, 'cases.json'))) {
    throw new Error(`the conformance corpus is missing at ${CORPUS}: the gallery's real credentials are copied from it`);
  }
  // Loaded only now: reading the corpus starts when its module loads.
  const { buildSamples } = await import('./samples/build-samples.ts');
  rmSync(SITE_DIR, { recursive: true, force: true });
  mkdirSync(SITE_DIR, { recursive: true });
  cpSync(ELEMENT_BUNDLE, join(SITE_DIR, 'mc-verify'), { recursive: true, filter: (source) => !source.endsWith('.map') });

  const catalogue = await buildSamples(SITE_DIR, now);
  await bundleClient(ROOT, SITE_DIR);

  const reference = apiReference(readManifest(join(ROOT, 'custom-elements.json')));
  const pages = {
    check: checkPage(catalogue),
    preview: previewPage(catalogue),
    embed: embedPage(catalogue, reference),
    gallery: galleryPage(catalogue),
  };
  for (const [id, main] of Object.entries(pages) as [keyof typeof pages, (typeof pages)[keyof typeof pages]][]) {
    writeFileSync(join(SITE_DIR, PAGES[id].file), layout(id, main));
  }
  cpSync(join(ROOT, 'demo/site.css'), join(SITE_DIR, 'site.css'));
  writeFileSync(join(SITE_DIR, 'favicon.svg'), badgeSvg('mc-verify'));
  console.log(`demo site written to ${relative(process.cwd(), SITE_DIR) || '.'}/ (${catalogue.samples.length} samples)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  buildDemo().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
