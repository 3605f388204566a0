/**
 * End to end: Debian's Chromium with the built TEST extension (dist/extension/chrome-mv3-test,
 * `npm run build:ext:test`) browses LinkedIn-like pages, a CV page and a hostile page served on
 * 127.0.0.1, and every chip, the side panel and the verification receipt are checked. Host names
 * other than 127.0.0.1 resolve to nothing (--host-resolver-rules), so no request leaves the machine.
 *
 * Run: `npm run test:e2e:extension`. Results: test-results/e2e-extension.json, screenshots in test-results/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { de } from '../../components/mc-verify/labels/de.ts';
import { createSuite, eventually, keepForReadme } from './harness.ts';
import { serveFixtures, type ServedFixtures } from './extension-fixtures.ts';
import { launchExtensionBrowser } from './extension-browser.ts';
import { contentWorld } from './content-world.ts';
import { panelEntries, settledChips, waitForSummary, type ChipSeen } from './extension-reading.ts';

/** The extension APIs the tests call inside the worker and the panel page. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
};
const RESULTS = 'test-results';

type Kind = 'verified' | 'expired' | 'revoked' | 'invalid' | 'unverifiable' | 'not-a-credential';

mkdirSync(RESULTS, { recursive: true });
const fixtures: ServedFixtures = await serveFixtures();
const browser = await launchExtensionBrowser();
const { context, worker, extensionId, profile, tabIdOf, sidePanelFor } = browser;

const { links } = fixtures;
/** What each credential link must show. */
const EXPECTED: Readonly<Record<string, Kind>> = {
  [links.VALID_URL]: 'verified',
  [links.OTHER_ISSUER_URL]: 'verified',
  [links.EXPIRED_URL]: 'expired',
  [links.REVOKED_URL]: 'revoked',
  [links.TAMPERED_URL]: 'invalid',
  [links.UNREACHABLE_URL]: 'unverifiable',
  [links.HTML_PAGE_URL]: 'not-a-credential',
  [links.NOT_A_CREDENTIAL_JSON_URL]: 'not-a-credential',
  [links.GRACE_VALID_URL]: 'verified',
  [links.GRACE_REVOKED_URL]: 'revoked',
  [links.BLOCKCERTS_URL]: 'verified',
};

/** The credential URL a link stands for: LinkedIn's /safety/go wrapper and tracking looked through. */
function credentialOf(target: string): string {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return target;
  }
  if (/linkedin\.com$/.test(url.hostname) && url.searchParams.has('url')) return credentialOf(url.searchParams.get('url') ?? '');
  url.searchParams.delete('trk');
  return url.href.replace(/\?$/, '');
}

function assertVerdicts(seen: readonly ChipSeen[], extra: Readonly<Record<string, Kind>> = {}): void {
  for (const chip of seen) {
    const credential = credentialOf(chip.target);
    const expected = EXPECTED[credential] ?? extra[credential] ?? extra[chip.target];
    assert.ok(expected, `no expectation for the chip next to ${chip.target}`);
    assert.equal(chip.state, expected, `the chip next to ${chip.target}`);
  }
}

function open(path: string): Promise<Page> {
  return browser.open(`${fixtures.origin}${path}`);
}

const suite = createSuite('browser extension, end to end (Debian Chromium, TEST build)', `${RESULTS}/e2e-extension.json`);

suite.test('a chip next to every credential in the classic LinkedIn layout shows the verdict the worker reached', async () => {
  const page = await open(fixtures.pages['linkedin-classic-profile']);
  const seen = await settledChips(page, 7);
  assertVerdicts(seen);
  assert.deepEqual(seen.map((chip) => chip.state), ['verified', 'verified', 'expired', 'revoked', 'invalid', 'unverifiable', 'not-a-credential']);
  await page.locator('mc-verify-chip').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${RESULTS}/extension-linkedin-chips.png`, fullPage: true });
  keepForReadme(`${RESULTS}/extension-linkedin-chips.png`, 'extension-chip.png');
  await page.close();
});

suite.test('the side panel sums up the profile and renders every credential with <mc-verify>', async () => {
  const page = await open(fixtures.pages['linkedin-classic-profile']);
  await settledChips(page, 7);
  const panel = await sidePanelFor(page);
  await waitForSummary(panel, '2 of 7 credentials verified, 1 invalid, 1 revoked, 1 expired, 1 could not be checked, 1 not a credential');
  const entries = await eventually(() => panelEntries(panel), (list) => list.length === 7 && list.every((entry) => entry.kind !== 'checking'), 'seven checked entries');
  for (const entry of entries) {
    assert.equal(entry.kind, EXPECTED[entry.key], `the panel entry for ${entry.key}`);
    // Not a credential: the link led to a page; the report's own verdict says it could not be verified.
    assert.equal(entry.rendered, entry.kind === 'not-a-credential' ? 'unverifiable' : entry.kind, `<mc-verify> for ${entry.key}`);
  }
  const babbage = entries.find((entry) => entry.key === links.OTHER_ISSUER_URL);
  assert.ok(babbage?.warnings.some((warning) => warning.includes('The entry says “Google”; the credential was issued by “Fixture University”')), `claim check: ${babbage?.warnings.join(' | ')}`);
  assert.ok(babbage?.warnings.some((warning) => warning.startsWith('Issued to a different name')), 'claim check: recipient');
  const matching = entries.find((entry) => entry.key === links.VALID_URL);
  assert.deepEqual(matching?.warnings, [], 'an entry that matches its credential has no claim warnings');
  await panel.setViewportSize({ width: 460, height: 1400 });
  await panel.screenshot({ path: `${RESULTS}/extension-side-panel.png` });
  keepForReadme(`${RESULTS}/extension-side-panel.png`, 'extension-side-panel.png');
  await panel.locator(`li.entry[data-key="${links.OTHER_ISSUER_URL}"] .entry__head`).scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${RESULTS}/extension-side-panel-claim-check.png` });
  await panel.close();
  await page.close();
});

suite.test('the verification receipt holds the inputs, the report, the time of the verdict and the engine version', async () => {
  const page = await open(fixtures.pages['linkedin-classic-profile']);
  await settledChips(page, 7);
  const panel = await sidePanelFor(page);
  await eventually(() => panelEntries(panel), (list) => list.length === 7 && list.every((entry) => entry.kind !== 'checking'), 'checked entries');
  const entry = panel.locator(`li.entry[data-key="${links.REVOKED_URL}"]`);
  const [download] = await Promise.all([panel.waitForEvent('download'), entry.getByRole('button', { name: 'Export verification receipt' }).click()]);
  const receipt = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown> & { report: { verdict: string }; inputs: Record<string, unknown>; engine: { version: string } };
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  assert.equal(receipt.type, 'McVerifyVerificationReceipt');
  assert.equal(receipt.verdict, 'revoked');
  assert.equal(receipt.report.verdict, 'revoked');
  assert.equal(receipt.engine.version, version);
  assert.deepEqual(receipt.inputs.checked, { kind: 'url', url: links.REVOKED_URL });
  assert.equal(receipt.inputs.pageUrl, page.url());
  assert.equal((receipt.inputs.entry as { name?: string }).name, 'Responsible AI');
  assert.ok(!Number.isNaN(Date.parse(String(receipt.verifiedAt))), 'verifiedAt is a time');
  assert.match(download.suggestedFilename(), /^mc-verify-receipt-127\.0\.0\.1-revoked-.+\.json$/);
  await panel.close();
  await page.close();
});

suite.test('single-page navigation to another profile gets chips for the new entries and a new summary', async () => {
  const page = await open(fixtures.pages['linkedin-classic-profile']);
  await settledChips(page, 7);
  const panel = await sidePanelFor(page);
  await page.locator('#next-profile').click();
  await eventually(async () => page.url(), (url) => url.endsWith('/in/grace-hopper/'), 'the pushState navigation');
  const seen = await settledChips(page, 2);
  assertVerdicts(seen);
  assert.deepEqual(seen.map((chip) => credentialOf(chip.target)), [links.GRACE_VALID_URL, links.GRACE_REVOKED_URL]);
  await waitForSummary(panel, '1 of 2 credentials verified, 1 revoked');
  await panel.close();
  await page.close();
});

suite.test('a lazily loaded part of /details/certifications/ gets its chip when it appears', async () => {
  const page = await open(fixtures.pages['linkedin-classic-details']);
  const seen = await settledChips(page, 4);
  assertVerdicts(seen);
  assert.equal(credentialOf(seen[3]?.target ?? ''), links.EXPIRED_URL, 'the entry added after load');
  assert.equal(seen[3]?.state, 'expired');
  await page.close();
});

suite.test('the current LinkedIn layout (license-certifications-lockup-view) is read through its /safety/go wrappers', async () => {
  const page = await open(fixtures.pages['linkedin-lockup-profile']);
  const seen = await settledChips(page, 3);
  assertVerdicts(seen);
  assert.deepEqual(seen.map((chip) => chip.state), ['verified', 'revoked', 'not-a-credential']);
  assert.ok(seen.every((chip) => chip.target.includes('/safety/go/')), 'each chip stands next to LinkedIn’s wrapped link');
  const panel = await sidePanelFor(page);
  await waitForSummary(panel, '1 of 3 credentials verified, 1 revoked, 1 not a credential');
  await panel.close();
  await page.close();
});

suite.test('the logged-out public profile layout gets chips, with LinkedIn’s trk parameter removed before checking', async () => {
  const page = await open(fixtures.pages['linkedin-public-profile']);
  const seen = await settledChips(page, 3);
  assertVerdicts(seen);
  assert.deepEqual(seen.map((chip) => chip.state), ['verified', 'expired', 'unverifiable']);
  const panel = await sidePanelFor(page);
  const entries = await eventually(() => panelEntries(panel), (list) => list.length === 3 && list.every((entry) => entry.kind !== 'checking'), 'three entries');
  assert.deepEqual(entries.map((entry) => entry.key), [links.VALID_URL, links.EXPIRED_URL, links.UNREACHABLE_URL]);
  await panel.close();
  await page.close();
});

suite.test('on a CV page, credential links, a Credly embed and a <blockcerts-verifier> get chips; other links get none', async () => {
  const page = await open(fixtures.pages['cv-page']);
  // Six credential JSON links, a Credly link, the Europass-wrapped Badgr link, the Credly embed, the Blockcerts element.
  const seen = await settledChips(page, 10);
  // Credly and Badgr are on the internet, which the tests cannot reach: "could not verify".
  assertVerdicts(seen, {
    'https://www.credly.com/badges/48c47ac0-5268-45cf-b76c-b015f9a72fc4/public_url': 'unverifiable',
    'https://europa.eu/europass/eportfolio/screen/redirect-external?url=https%3A%2F%2Fbadgr.com%2Fpublic%2Fassertions%2FO4jOj-yoQUy0geapsoQUug%3Fidentity__email%3Dada%2540adalovelace.example': 'unverifiable',
    'credly:862230de-19d7-4586-80d9-184a485f9aeb': 'unverifiable',
  });
  await page.screenshot({ path: `${RESULTS}/extension-cv-chips.png`, fullPage: true });
  await page.close();
});

suite.test('a chip is a keyboard-focusable button whose description says why in one line', async () => {
  const page = await open(fixtures.pages['linkedin-classic-profile']);
  await settledChips(page, 7);
  // Tab through the page until focus lands inside a chip (its shadow root is closed: the page sees the host).
  let focusedChip = false;
  for (let presses = 0; presses < 80 && !focusedChip; presses++) {
    await page.keyboard.press('Tab');
    focusedChip = await page.evaluate(() => document.activeElement?.localName === 'mc-verify-chip');
  }
  assert.ok(focusedChip, 'a chip takes keyboard focus');
  // What assistive technology reads: the accessibility tree reaches into closed shadow roots.
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string }; description?: { value?: string } }[] };
  const buttons = nodes.filter((node) => node.role?.value === 'button' && (node.name?.value ?? '').includes('(mc-verify)'));
  assert.equal(buttons.length, 7, 'one button per chip');
  const verified = buttons.find((node) => (node.name?.value ?? '').startsWith('Verified'));
  assert.equal(verified?.description?.value, 'The credential is authentic, unchanged and currently valid.');
  const revoked = buttons.find((node) => (node.name?.value ?? '').startsWith('Revoked'));
  assert.equal(revoked?.description?.value, 'The issuer has withdrawn this credential. It is no longer valid.');
  await page.close();
});

suite.test('a hostile page that fakes chips, removes ours and rewrites entries cannot change the side panel', async () => {
  const page = await open(fixtures.pages['hostile-page']);
  const panel = await sidePanelFor(page);
  await waitForSummary(panel, '0 of 2 credentials verified, 1 invalid, 1 revoked');
  const entries = await eventually(() => panelEntries(panel), (list) => list.length === 2 && list.every((entry) => entry.kind !== 'checking'), 'two entries');
  assert.deepEqual(
    entries.map((entry) => [entry.key, entry.kind, entry.rendered]),
    [
      [links.REVOKED_URL, 'revoked', 'revoked'],
      [links.TAMPERED_URL, 'invalid', 'invalid'],
    ],
  );
  const pageSays = await page.evaluate(() => ({
    fakeChips: [...document.querySelectorAll('.fake-chip')].map((chip) => chip.textContent),
    attempts: (window as unknown as { hostileAttempts: string[] }).hostileAttempts,
  }));
  assert.deepEqual(pageSays.fakeChips, ['✔ Verified', '✔ Verified'], 'the page shows its fake chips');
  assert.ok(!pageSays.attempts.includes('sendMessage ran'), 'the page cannot message the extension');
  // Still the same after the page's tampering had time to run.
  await page.waitForTimeout(500);
  await panel.reload();
  await waitForSummary(panel, '0 of 2 credentials verified, 1 invalid, 1 revoked');
  await page.screenshot({ path: `${RESULTS}/extension-hostile-page.png` });
  await panel.setViewportSize({ width: 460, height: 900 });
  await panel.screenshot({ path: `${RESULTS}/extension-hostile-side-panel.png` });
  await panel.close();
  await page.close();
});

suite.test('a baked badge image is verified on request, from the bytes the worker fetched', async () => {
  const page = await open(fixtures.pages['cv-page']);
  const panel = await sidePanelFor(page);
  const tabId = await tabIdOf(page);
  // The same message path as the context menu's "Verify this credential" (background/panel-messages.ts verifyTarget).
  await panel.evaluate(({ tabId, url }) => chrome.runtime.sendMessage({ type: 'verify-target', tabId, url, target: 'image' }), { tabId, url: fixtures.bakedImage });
  const entries = await eventually(() => panelEntries(panel), (list) => list.some((entry) => entry.key === fixtures.bakedImage && entry.kind !== 'checking'), 'the image entry');
  assert.equal(entries.find((entry) => entry.key === fixtures.bakedImage)?.kind, 'verified');
  await panel.close();
  await page.close();
});

suite.test('a QR code on an image is read in the panel and the credential it points to is verified', async () => {
  const page = await open(fixtures.pages['cv-page']);
  const panel = await sidePanelFor(page);
  const tabId = await tabIdOf(page);
  await panel.evaluate(({ tabId, url }) => chrome.runtime.sendMessage({ type: 'verify-target', tabId, url, target: 'image' }), { tabId, url: fixtures.qrImage });
  const entries = await eventually(() => panelEntries(panel), (list) => list.some((entry) => entry.key === fixtures.qrImage && entry.kind === 'verified'), 'the QR image entry, verified');
  assert.equal(entries.find((entry) => entry.key === fixtures.qrImage)?.rendered, 'verified');
  await panel.close();
  await page.close();
});

suite.test('the TEST build’s worker still refuses what the URL policy refuses: private addresses and local names', async () => {
  const page = await open(fixtures.pages['cv-page']);
  const panel = await sidePanelFor(page);
  const tabId = await tabIdOf(page);
  const refused = ['http://192.168.1.1/credential.json', 'https://printer.local/credential.json'];
  for (const url of refused) {
    await panel.evaluate(({ tabId, url }) => chrome.runtime.sendMessage({ type: 'verify-target', tabId, url, target: 'link' }), { tabId, url });
  }
  type State = { ok: boolean; value: { entries: { key: string; checked?: { report: { verdict: string; problems: { code: string }[] } } }[] } };
  const state = await eventually(
    () => panel.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId }), tabId) as Promise<State>,
    (reply) => refused.every((key) => reply.value.entries.some((entry) => entry.key === key && entry.checked)),
    'both refused entries',
  );
  for (const key of refused) {
    const report = state.value.entries.find((entry) => entry.key === key)?.checked?.report;
    assert.equal(report?.verdict, 'unverifiable', key);
    assert.equal(report?.problems[0]?.code, 'FETCH_REFUSED', key);
  }
  await panel.close();
  await page.close();
});

suite.test('clicking a chip opens the side panel (the click reaches chrome.sidePanel.open) at that credential', async () => {
  const page = await open(fixtures.pages['linkedin-classic-profile']);
  await settledChips(page, 7);
  const browserSession = await context.browser()?.newBrowserCDPSession();
  assert.ok(browserSession, 'a browser-level DevTools session');
  const panelOpen = async () => {
    const { targetInfos } = (await browserSession.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    return targetInfos.some((target) => target.type === 'page' && target.url === `chrome-extension://${extensionId}/sidepanel.html`);
  };
  assert.equal(await panelOpen(), false, 'no side panel before the click');
  await page.locator('mc-verify-chip').nth(3).click();
  await eventually(panelOpen, (open) => open, 'the side panel to open');
  const tabId = await tabIdOf(page);
  const panel = await sidePanelFor(page);
  const focus = await panel.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId }), tabId);
  assert.equal((focus as { value: { focusKey?: string } }).value.focusKey, links.REVOKED_URL);
  await panel.close();
  await page.close();
});

suite.test('content scripts can neither read nor write the settings and trust lists (storage locked to the extension)', async () => {
  const page = await open(fixtures.pages['cv-page']);
  await settledChips(page, 10);
  const world = await contentWorld(context, page);
  const attempt = (expression: string) => world.evaluate<string>(expression);
  assert.equal(await attempt(`chrome.storage.local.get(null).then(() => 'read', (error) => error.message)`), 'Access to storage is not allowed from this context.');
  assert.equal(await attempt(`chrome.storage.local.set({ settings: { trustLists: [] } }).then(() => 'written', (error) => error.message)`), 'Access to storage is not allowed from this context.');
  await page.close();
});

suite.test('the options page: a trust list from a file vouches for the issuer, and the language reaches chips and <mc-verify>', async () => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const listFile = join(profile, 'partners.json');
  writeFileSync(listFile, JSON.stringify({ type: 'McVerifyTrustList', name: 'E2E partner universities', issuers: { [fixtures.issuerDid]: { name: 'Fixture University' } } }));
  await options.locator('input[type="file"]').setInputFiles(listFile);
  await options.getByText('E2E partner universities').waitFor();
  await options.locator('select').selectOption('de');
  await eventually(() => worker.evaluate(() => chrome.storage.local.get('settings')), (stored) => (stored.settings as { language?: string } | undefined)?.language === 'de', 'the saved language');

  const page = await open(fixtures.pages['linkedin-classic-profile']);
  await settledChips(page, 7);
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
  const chipNames = nodes.filter((node) => node.role?.value === 'button' && (node.name?.value ?? '').includes('(mc-verify)')).map((node) => node.name?.value ?? '');
  assert.deepEqual(
    chipNames.map((name) => name.replace(' (mc-verify)', '')),
    [de.verdicts.verified.chip, de.verdicts.verified.chip, de.verdicts.expired.chip, de.verdicts.revoked.chip, de.verdicts.invalid.chip, de.verdicts.unverifiable.chip, 'Kein Nachweis'],
  );

  const panel = await sidePanelFor(page);
  const tabId = await tabIdOf(page);
  type State = { value: { entries: { key: string; checked?: { report: { credential?: { issuer: { trustedBy?: { list: string } } } } } }[] } };
  const state = await eventually(
    () => panel.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId }), tabId) as Promise<State>,
    (reply) => reply.value.entries.some((entry) => entry.key === links.VALID_URL && entry.checked),
    'the valid entry',
  );
  const valid = state.value.entries.find((entry) => entry.key === links.VALID_URL);
  assert.equal(valid?.checked?.report.credential?.issuer.trustedBy?.list, 'E2E partner universities');
  const languages = await eventually(() => panel.evaluate(() => [...document.querySelectorAll('mc-verify')].map((element) => element.getAttribute('lang'))), (found) => found.length === 7, 'seven reports');
  assert.deepEqual([...new Set(languages)], ['de']);

  await worker.evaluate(() => chrome.storage.local.remove('settings'));
  await panel.close();
  await page.close();
  await options.close();
});

await suite.run();
await browser.close();
await fixtures.server.close();
