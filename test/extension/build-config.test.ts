/**
 * The build configuration: production builds never let the engine reach loopback hosts and run
 * only on LinkedIn; only `MC_VERIFY_TEST_BUILD=1` makes the TEST build the end-to-end tests load.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createVerificationService } from '../../extension/background/verification-service.ts';
import { ALLOW_LOOPBACK } from '../../extension/build-info.ts';
import { buildDefines, readBuildFlags, TEST_BUILD_ENV } from '../../extension/config/build-flags.ts';
import { addLoopbackMatches, extensionManifest } from '../../extension/config/manifest.ts';
import { FixtureServer } from '../support/fixture-server.ts';
import { createIssuer, openBadgeCredential } from '../support/issue.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await FixtureServer.start();
  const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  server.json('/c.json', await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did })));
});
afterAll(() => server.close());

/** wxt.config.ts as a build without the TEST flag reads it. */
async function productionConfig() {
  vi.resetModules();
  const saved = process.env[TEST_BUILD_ENV];
  delete process.env[TEST_BUILD_ENV];
  try {
    return (await import('../../wxt.config.ts')).default;
  } finally {
    if (saved !== undefined) process.env[TEST_BUILD_ENV] = saved;
  }
}

describe('the production configuration', () => {
  it('wxt.config.ts without the TEST flag turns loopback off in the bundles and writes the store folders', async () => {
    const config = await productionConfig();
    const vite = typeof config.vite === 'function' ? await config.vite({ mode: 'production', command: 'build', browser: 'chrome', manifestVersion: 3 }) : undefined;
    expect(vite?.define).toMatchObject({ __MC_VERIFY_ALLOW_LOOPBACK__: 'false' });
    expect(config.outDirTemplate).toBe('{{browser}}-mv{{manifestVersion}}');
    const manifest = typeof config.manifest === 'function' ? await config.manifest({ mode: 'production', command: 'build', browser: 'chrome', manifestVersion: 3 }) : undefined;
    expect(JSON.stringify(manifest)).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('refuses loopback: a credential on 127.0.0.1 is not fetched, and the verdict says why', async () => {
    const flags = readBuildFlags({});
    expect([flags.allowLoopback, ALLOW_LOOPBACK]).toEqual([false, false]);
    const service = createVerificationService({ allowLoopback: flags.allowLoopback });
    for (const url of [`http://127.0.0.1:${server.port}/c.json`, `https://localhost:${server.port}/c.json`]) {
      const checked = await service.checkUrl(url, 'url');
      expect([checked.report.verdict, checked.report.problems[0]?.code]).toEqual(['unverifiable', 'FETCH_REFUSED']);
    }
    expect(server.hits('/c.json')).toBe(0);
  });

  it.each([{}, { [TEST_BUILD_ENV]: '0' }, { [TEST_BUILD_ENV]: 'yes' }, { [TEST_BUILD_ENV]: '' }])('the environment %j is a production build', (env) => {
    expect(readBuildFlags(env)).toEqual({ testBuild: false, allowLoopback: false });
    expect(buildDefines(readBuildFlags(env), '0.1.0')).toEqual({ __MC_VERIFY_ALLOW_LOOPBACK__: 'false', __MC_VERIFY_ENGINE_VERSION__: '"0.1.0"' });
  });

  it('asks for LinkedIn and the credential platforms only; every other https host on demand', () => {
    const manifest = extensionManifest('chrome', readBuildFlags({}));
    expect(manifest.host_permissions).toContain('https://*.linkedin.com/*');
    expect(manifest.host_permissions).toContain('https://*.credly.com/*');
    expect(manifest.host_permissions.every((pattern) => pattern.startsWith('https://') && pattern !== 'https://*/*')).toBe(true);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'scripting', 'activeTab']);
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
});

describe('the TEST build', () => {
  it('MC_VERIFY_TEST_BUILD=1 lets the engine reach the fixture server and the content script run on its pages', () => {
    const flags = readBuildFlags({ [TEST_BUILD_ENV]: '1' });
    expect(flags).toEqual({ testBuild: true, allowLoopback: true });
    expect(buildDefines(flags, '0.1.0').__MC_VERIFY_ALLOW_LOOPBACK__).toBe('true');
    expect(extensionManifest('chrome', flags).host_permissions).toEqual(expect.arrayContaining(['http://127.0.0.1/*', 'http://localhost/*']));
    const generated = { content_scripts: [{ matches: ['https://*.linkedin.com/*'] }] };
    addLoopbackMatches(generated);
    expect(generated.content_scripts[0]?.matches).toEqual(['https://*.linkedin.com/*', 'http://localhost:*/*', 'http://127.0.0.1:*/*']);
  });

  it('with loopback allowed, the same credential verifies', async () => {
    const checked = await createVerificationService({ allowLoopback: readBuildFlags({ [TEST_BUILD_ENV]: '1' }).allowLoopback }).checkUrl(`http://127.0.0.1:${server.port}/c.json`, 'url');
    expect(checked.report.verdict).toBe('verified');
  });
});
