// Constants Vite replaces at build time (wxt.config.ts → extension/config/build-flags.ts).
declare const __MC_VERIFY_ALLOW_LOOPBACK__: boolean;
declare const __MC_VERIFY_ENGINE_VERSION__: string;
