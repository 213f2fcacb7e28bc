// The folder talkdex is installed in (holding package.json, schemas/, sample-data/, src/browser/).
//
// Two folders above this module, whether it runs as src/runtime/package-root.ts (through tsx), as
// tsc's dist/runtime/package-root.js, or inside a chunk of the bundled command in dist/bin/ (see
// scripts/bundle-cli.ts): a module deeper than two folders must not find these files relative to
// its own URL, which the bundle changes.

import { fileURLToPath } from "node:url";

/** The package's root folder, with a trailing separator. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
