/**
 * What the build decided, for the code that runs in the browser. Outside a WXT build (unit tests
 * run from source) the constants are not defined and the production values apply.
 */

/** Whether the engine may fetch from loopback hosts: true only in the TEST build. */
export const ALLOW_LOOPBACK: boolean = typeof __MC_VERIFY_ALLOW_LOOPBACK__ === 'boolean' ? __MC_VERIFY_ALLOW_LOOPBACK__ : false;

/** The package version the engine was built from, for verification receipts. */
export const ENGINE_VERSION: string = typeof __MC_VERIFY_ENGINE_VERSION__ === 'string' ? __MC_VERIFY_ENGINE_VERSION__ : 'development';
