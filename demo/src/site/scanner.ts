/** Registers `<mc-scan>` (it brings `<mc-verify>` along) on the pages that scan. */
import '../../../components/mc-scan/index.ts';
