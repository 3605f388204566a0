// Custom Elements Manifest for <mc-verify> and <mc-scan> (`npm run build:manifest`, run from the
// repository root): custom-elements.json at the root, referenced by package.json "customElements".

/**
 * Events are documented with @fires. The analyzer also reads each `dispatchEvent(new XEvent(detail))`
 * call and takes its first argument for the event's name, which for event classes is the detail;
 * those entries are dropped.
 */
const firesOnly = {
  name: 'mc-verify:fires-only',
  moduleLinkPhase({ moduleDoc }) {
    for (const declaration of moduleDoc.declarations ?? []) {
      if (declaration.events) declaration.events = declaration.events.filter((event) => typeof event.name === 'string' && event.name.includes('-'));
    }
  },
};

export default {
  globs: ['components/mc-verify/mc-verify.ts', 'components/mc-verify/events/*.ts', 'components/mc-scan/mc-scan.ts', 'components/mc-scan/events/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [firesOnly],
};
