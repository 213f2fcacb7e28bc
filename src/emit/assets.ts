// The site's static assets: one hashed CSS file and one small hashed script (bundled with esbuild).

import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
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
  const bundle = buildSync({
    entryPoints: [`${BROWSER_DIR}player.ts`],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const js = bundle.outputFiles[0]?.text ?? "";
  const css = hashed("assets/site", "css", SITE_CSS);
  const script = hashed("assets/talkdex", "js", js);
  return { files: [css.file, script.file], css: css.path, js: script.path };
}

function hashed(stem: string, ext: string, content: string): { path: string; file: OutputFile } {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  const path = `${stem}.${hash}.${ext}`;
  return { path, file: { path, content } };
}
