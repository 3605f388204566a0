/**
 * Build-time switches, read from the environment by wxt.config.ts. The only one is the TEST build
 * used by the end-to-end tests: it lets the engine fetch from loopback fixture servers and runs
 * the content script on http://localhost and http://127.0.0.1. Production builds never set it.
 */

/** The environment variable that turns on the TEST build (`MC_VERIFY_TEST_BUILD=1 wxt build`). */
export const TEST_BUILD_ENV = 'MC_VERIFY_TEST_BUILD';

export interface BuildFlags {
  /** A build for the end-to-end tests, written to its own output folder. */
  testBuild: boolean;
  /** Passed to the engine as `allowLoopback`: lets the URL policy fetch http://127.0.0.1 and localhost. */
  allowLoopback: boolean;
}

export function readBuildFlags(env: Readonly<Record<string, string | undefined>>): BuildFlags {
  const testBuild = env[TEST_BUILD_ENV] === '1' || env[TEST_BUILD_ENV] === 'true';
  return { testBuild, allowLoopback: testBuild };
}

/**
 * The constants the bundles see (Vite `define`); extension/build-info.ts reads them. Values are
 * JavaScript source text, as `define` wants them.
 */
export function buildDefines(flags: BuildFlags, engineVersion: string): Record<string, string> {
  return {
    __MC_VERIFY_ALLOW_LOOPBACK__: JSON.stringify(flags.allowLoopback),
    __MC_VERIFY_ENGINE_VERSION__: JSON.stringify(engineVersion),
  };
}
