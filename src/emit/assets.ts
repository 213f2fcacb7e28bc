// The site's static assets: one hashed CSS file, one small hashed page script and the search page's
// script (bundled with esbuild).

import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { build as esbuild, buildSync, type BuildOptions } from "esbuild";
import type { OutputFile } from "../output/output-file.js";
import { SITE_CSS } from "./site-css.js";

/** The asset files and their site paths. */
export interface Assets {
  files: OutputFile[];
  css: string;
  js: string;
}

// The browser sources ship with the package (src/browser), and are bundled when a site is built.
const BROWSER_DIR = fileURLToPath(new URL("../../src/browser/", import.meta.url));

/** Bundles the browser code and names every asset after its content hash (cacheable forever). */
export function buildAssets(): Assets {
  // Only search.html loads the search bundle: the page script (every page) loads it there, by the
  // hashed name written into it.
  const search = hashed("assets/search", "js", bundleText(buildSync(SEARCH_BUNDLE)));
  return assemble(search, bundleText(buildSync(pageBundle(search.path))));
}

/**
 * `buildAssets` without blocking the thread: esbuild bundles in its own process while the caller
 * works (a build starts it first and awaits it before rendering; ≈ 60 ms otherwise spent waiting).
 */
export async function buildAssetsAsync(): Promise<Assets> {
  const search = hashed("assets/search", "js", bundleText(await esbuild(SEARCH_BUNDLE)));
  return assemble(search, bundleText(await esbuild(pageBundle(search.path))));
}

const BUNDLE = { bundle: true, minify: true, format: "iife", target: "es2020", write: false, legalComments: "none", logLevel: "silent" } as const;
const SEARCH_BUNDLE = { ...BUNDLE, entryPoints: [`${BROWSER_DIR}search.ts`] } satisfies BuildOptions;

// The page script: the player and the search shortcut, which loads the search bundle by its name.
function pageBundle(searchPath: string): BuildOptions & { write: false } {
  return {
    ...BUNDLE,
    stdin: { contents: 'import "./player.ts";\nimport "./search-shortcut.ts";\n', resolveDir: BROWSER_DIR, loader: "ts" },
    define: { __TALKDEX_SEARCH_JS__: JSON.stringify(searchPath.slice("assets/".length)) },
  };
}

function assemble(search: ReturnType<typeof hashed>, js: string): Assets {
  const css = hashed("assets/site", "css", SITE_CSS);
  const script = hashed("assets/talkdex", "js", js);
  return { files: [css.file, script.file, search.file], css: css.path, js: script.path };
}

function bundleText(result: { outputFiles?: { text: string }[] }): string {
  return result.outputFiles?.[0]?.text ?? "";
}

function hashed(stem: string, ext: string, content: string): { path: string; file: OutputFile } {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  const path = `${stem}.${hash}.${ext}`;
  return { path, file: { path, content } };
}
