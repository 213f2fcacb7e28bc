// The fingerprint of a build's input: every byte the build reads, talkdex's own code and the options.
// Two builds with the same fingerprint write the same site, so the second one has nothing to do.

import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PACKAGE_ROOT } from "../runtime/package-root.js";
import { resolveConfig } from "../load/config.js";
import { readDataFile } from "../load/data-file.js";
import { ROOT_DATA_FILES, scanLayout, type Layout } from "../load/layout.js";
import { assertDataFolder } from "../load/repository.js";
import { SharedFileReader } from "../load/shared-read.js";

/** The fingerprint and the bytes read to compute it (so the build need not read them again). */
export interface InputScan {
  fingerprint: string;
  /** File bytes by path relative to the data root (views of shared memory). */
  files: Map<string, Uint8Array>;
  /** The layout scanned (so the build need not list the folders again). */
  layout: Layout;
}

/** A hash of the data folder's files (paths and bytes), the code and `options`; `onRead` is told each file read. */
export function inputFingerprint(root: string, options: unknown, onRead?: (path: string, bytes: Uint8Array) => void): InputScan {
  assertDataFolder(root);
  const hash = createHash("sha256");
  const files = new Map<string, Uint8Array>();
  // Into shared memory: the check's worker is handed these very bytes, not a copy.
  const reader = new SharedFileReader();
  const read = (path: string): Uint8Array | undefined => {
    const bytes = reader.read(join(root, path));
    if (bytes) {
      files.set(path, bytes);
      onRead?.(path, bytes);
    }
    return bytes;
  };
  hash.update(codeFingerprint());
  hash.update(JSON.stringify(options) ?? "");
  const configBytes = reader.read(join(root, ROOT_DATA_FILES.config));
  const config = resolveConfig(configBytes ? readDataFile(ROOT_DATA_FILES.config, configBytes).value : undefined);
  const layout = scanLayout(root, config.ignore);
  // Every path the build may mention is hashed, strays included (the layout rule reports them).
  addText(hash, JSON.stringify(layout.stray));
  for (const name of Object.values(ROOT_DATA_FILES)) addFile(hash, name, name === ROOT_DATA_FILES.config ? configBytes : layout.rootFiles.has(name) ? read(name) : undefined);
  for (const event of layout.events) {
    addText(hash, `event ${event.folder} ${event.hasCategory} ${event.hasVideosFolder}`);
    if (event.hasCategory) addFile(hash, "category.json", read(`${event.folder}/category.json`));
    for (const name of event.talkFiles) addFile(hash, name, read(`${event.folder}/videos/${name}`));
  }
  if (configBytes) {
    files.set(ROOT_DATA_FILES.config, configBytes);
    onRead?.(ROOT_DATA_FILES.config, configBytes);
  }
  return { fingerprint: hash.digest("base64url"), files, layout };
}

// talkdex's own code, its schemas and browser code: a new version of talkdex, or a local edit to a
// template, must rebuild everything. The code is the folder of the bundled command when this runs
// in it (dist/bin/: all of its code, about 30 files — not tsc's 280 beside it, ≈ 40 ms of a cold
// build's start), else every module of dist/ (tsc's output) or src/ (through tsx).
// The bundler (scripts/bundle-cli.ts) defines `__TALKDEX_BUNDLED__` as true; elsewhere it is undeclared.
declare const __TALKDEX_BUNDLED__: boolean | undefined;
const BUNDLED = typeof __TALKDEX_BUNDLED__ !== "undefined" && __TALKDEX_BUNDLED__;
const CODE_DIRS = [fileURLToPath(new URL(BUNDLED ? "./" : "../", import.meta.url)), join(PACKAGE_ROOT, "schemas"), join(PACKAGE_ROOT, "src", "browser")];

/** A hash of talkdex's code; computed on every call (a few milliseconds), so a long-running server sees edits. */
export function codeFingerprint(): string {
  const hash = createHash("sha256");
  for (const dir of CODE_DIRS) {
    let entries: string[];
    try {
      entries = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
    } catch {
      continue;
    }
    for (const name of entries)
      if (/\.(js|ts|tsx|json)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts")) addFile(hash, `${dir}/${name}`, readOptional(join(dir, name)));
  }
  return hash.digest("base64url");
}

function addText(hash: Hash, text: string): void {
  hash.update(text);
  hash.update("\0");
}

function addFile(hash: Hash, name: string, bytes: Uint8Array | undefined): void {
  addText(hash, `${name} ${bytes?.byteLength ?? -1}`);
  if (bytes) hash.update(bytes);
}

function readOptional(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
