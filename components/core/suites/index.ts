/** The proof suites mc-verify verifies, in the order they are tried. */
import { ecdsaJcs2019 } from './ecdsa-jcs-2019.ts';
import { ecdsaRdfc2019 } from './ecdsa-rdfc-2019.ts';
import { ed25519Signature2018 } from './ed25519-signature-2018.ts';
import { ed25519Signature2020 } from './ed25519-signature-2020.ts';
import { eddsaJcs2022 } from './eddsa-jcs-2022.ts';
import { eddsaRdfc2022 } from './eddsa-rdfc-2022.ts';
import type { ProofSuite } from './suite.ts';

export const SUITES: readonly ProofSuite[] = [eddsaRdfc2022, ecdsaRdfc2019, ed25519Signature2020, ed25519Signature2018, eddsaJcs2022, ecdsaJcs2019];
