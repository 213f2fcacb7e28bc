// The live-reload client, bundled from src/browser/live-reload.ts when the server starts (the
// browser code keeps its own tsconfig with DOM types; the sources ship with the package).

import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

// The same path from src/serve/ and dist/serve/.
const CLIENT_SOURCE = fileURLToPath(new URL("../../src/browser/live-reload.ts", import.meta.url));

/** The client script's JavaScript. */
export function bundleClientScript(): string {
  const bundle = buildSync({
    entryPoints: [CLIENT_SOURCE],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  return bundle.outputFiles[0]?.text ?? "";
}
