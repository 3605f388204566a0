/** The named functions that turn a platform's JSON answer into credentials or a next link. */
import { unwrapAccredible } from './platforms/accredible.ts';
import { unwrapOpenBadgePassport } from './platforms/open-badge-passport.ts';
import { unwrapVerifierPlus } from './platforms/verifierplus.ts';
import type { Unwrap, UnwrapName, UnwrapOutcome } from './link.ts';

const UNWRAPPERS: Readonly<Record<UnwrapName, Unwrap>> = {
  'open-badge-passport': unwrapOpenBadgePassport,
  accredible: unwrapAccredible,
  verifierplus: unwrapVerifierPlus,
};

/** Applies the unwrap function an endpoint link named (`expect.unwrap`) to the parsed JSON body. */
export function unwrapPlatformJson(name: UnwrapName, body: unknown): UnwrapOutcome {
  return UNWRAPPERS[name](body);
}
