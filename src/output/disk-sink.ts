// DiskSink: writes the site into a folder atomically — built aside, then swapped in — without
// rewriting files whose content did not change.

import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UserError } from "../model/user-error.js";
import { measure, type OutputFile, type OutputStats, type Sink } from "./output-file.js";

/** Name of the file recording each output file's content hash, inside the output folder. */
export const MANIFEST = ".talkdex-manifest.json";

/** A sink writing into `outDir`. */
export class DiskSink implements Sink {
  constructor(
    readonly outDir: string,
    /** Start from an empty folder, ignoring what is there. */
    readonly clean = false,
  ) {}

  async write(files: readonly OutputFile[]): Promise<OutputStats> {
    assertReplaceable(this.outDir);
    for (const f of files) assertInside(f.path);
    const previous = this.clean ? {} : readManifest(this.outDir);
    const manifest: Record<string, string> = {};
    const changed: OutputFile[] = [];
    for (const f of files) {
      const hash = createHash("sha1").update(f.content).digest("base64url");
      manifest[f.path] = hash;
      if (previous[f.path] !== hash || !existsSync(join(this.outDir, f.path))) changed.push(f);
    }
    const removed = Object.keys(previous).filter((p) => !(p in manifest)).length;
    const stats = { ...measure(files), written: changed.length, unchanged: files.length - changed.length, removed };
    if (changed.length === 0 && removed === 0 && existsSync(join(this.outDir, MANIFEST))) return stats;

    // Build the new site beside the old one: unchanged files are hard-linked (not rewritten),
    // changed ones written; then swap the folders, so a failure never leaves a half-written site.
    const staging = join(dirname(this.outDir), `.${basename(this.outDir)}.building-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    const made = new Set<string>();
    const ensureDir = (dir: string): void => {
      if (made.has(dir)) return;
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    };
    try {
      const changedPaths = new Set(changed.map((f) => f.path));
      for (const f of files) {
        const target = join(staging, f.path);
        ensureDir(dirname(target));
        if (changedPaths.has(f.path)) writeFileSync(target, f.content);
        else linkSync(join(this.outDir, f.path), target);
      }
      writeFileSync(join(staging, MANIFEST), `${JSON.stringify(manifest)}\n`);
      const old = `${staging}.old`;
      if (existsSync(this.outDir)) renameSync(this.outDir, old);
      renameSync(staging, this.outDir);
      rmSync(old, { recursive: true, force: true });
    } catch (e) {
      rmSync(staging, { recursive: true, force: true });
      throw e;
    }
    return stats;
  }
}

/** Defence in depth: every output path is relative, with no empty, "." or ".." segment and no backslash or NUL. */
function assertInside(path: string): void {
  const segments = path.split("/");
  if (path.startsWith("/") || /[\\\0]/.test(path) || segments.some((s) => s === "" || s === "." || s === ".."))
    throw new Error(`refusing to write outside the output folder: ${JSON.stringify(path)}`);
}

/** Refuses to replace a non-empty folder that talkdex did not build (it would be deleted). */
function assertReplaceable(dir: string): void {
  if (!existsSync(dir) || existsSync(join(dir, MANIFEST))) return;
  if (readdirSync(dir).length === 0) return;
  throw new UserError(
    `The output folder ${dir} is not empty and was not built by talkdex; building would replace it.\n` +
      "Choose another --out folder, or empty this one yourself.",
  );
}

function readManifest(dir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}
