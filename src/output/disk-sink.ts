// DiskSink: writes the site into a folder so that no failure leaves it half-written, rewriting only
// the files whose content changed, and remembering what it wrote (the manifest) for the next build.

import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UserError } from "../model/user-error.js";
import { measure, type BuildRecord, type OutputFile, type OutputStats, type Sink } from "./output-file.js";

/** Name of the file recording each output file's content hash, inside the output folder. */
export const MANIFEST = ".talkdex-manifest.json";

interface Manifest {
  talkdex: 1;
  build?: BuildRecord & { stats: OutputStats };
  files: Record<string, string>;
}

/** A sink writing into `outDir`. */
export class DiskSink implements Sink {
  constructor(
    readonly outDir: string,
    /** Start from an empty folder, ignoring what is there. */
    readonly clean = false,
  ) {}

  lastBuild(): (BuildRecord & { stats: OutputStats }) | undefined {
    return this.clean ? undefined : readManifest(this.outDir).build;
  }

  async write(files: readonly OutputFile[], record?: BuildRecord): Promise<OutputStats> {
    assertReplaceable(this.outDir);
    for (const f of files) assertInside(f.path);
    const previous = this.clean ? {} : readManifest(this.outDir).files;
    const hashes: Record<string, string> = {};
    const changed: OutputFile[] = [];
    for (const f of files) {
      const hash = createHash("sha1").update(f.content).digest("base64url");
      hashes[f.path] = hash;
      if (previous[f.path] !== hash) changed.push(f);
    }
    const removed = Object.keys(previous).filter((p) => !(p in hashes));
    const stats: OutputStats = { ...measure(files), written: changed.length, unchanged: files.length - changed.length, removed: removed.length };
    const manifest = `${JSON.stringify({ talkdex: 1, build: record && { ...record, stats }, files: hashes } satisfies Manifest)}\n`;
    const hasManifest = existsSync(join(this.outDir, MANIFEST));
    // Few changes: replace just those files in place, each one atomically. Many (or a first build):
    // build the whole site aside and swap the folders.
    if (hasManifest && !this.clean && changed.length <= files.length / 4) updateInPlace(this.outDir, changed, removed, manifest);
    else buildAside(this.outDir, files, new Set(changed.map((f) => f.path)), hasManifest && !this.clean, manifest);
    return stats;
  }
}

// Every new file is first written next to its target under a temporary name; only when all are
// written are they renamed over the old ones (a failure before that removes them and changes
// nothing). Removed files go last, then the manifest.
function updateInPlace(outDir: string, changed: readonly OutputFile[], removed: readonly string[], manifest: string): void {
  const suffix = `.talkdex-${process.pid}.tmp`;
  const written: string[] = [];
  try {
    for (const f of changed) {
      const target = join(outDir, f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target + suffix, f.content);
      written.push(target);
    }
    writeFileSync(join(outDir, MANIFEST) + suffix, manifest);
  } catch (e) {
    for (const target of written) rmSync(target + suffix, { force: true });
    rmSync(join(outDir, MANIFEST) + suffix, { force: true });
    throw e;
  }
  for (const target of written) renameSync(target + suffix, target);
  for (const path of removed) {
    rmSync(join(outDir, path), { force: true });
    pruneEmptyFolders(outDir, dirname(path));
  }
  renameSync(join(outDir, MANIFEST) + suffix, join(outDir, MANIFEST));
}

// The new site is built in a sibling folder (unchanged files hard-linked from the old one when
// `reuse`), then the folders are swapped.
function buildAside(outDir: string, files: readonly OutputFile[], changed: ReadonlySet<string>, reuse: boolean, manifest: string): void {
  const staging = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const made = new Set<string>();
  try {
    for (const f of files) {
      const target = join(staging, f.path);
      const dir = dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      if (reuse && !changed.has(f.path)) linkSync(join(outDir, f.path), target);
      else writeFileSync(target, f.content);
    }
    writeFileSync(join(staging, MANIFEST), manifest);
    const old = `${staging}.old`;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(staging, outDir);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}

function pruneEmptyFolders(outDir: string, dir: string): void {
  for (let d = dir; d !== "." && d !== ""; d = dirname(d)) {
    try {
      rmdirSync(join(outDir, d));
    } catch {
      return;
    }
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

// A missing or unreadable manifest means "nothing known": every file is written.
function readManifest(dir: string): Manifest {
  try {
    const value = JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) as Partial<Manifest>;
    if (value.talkdex === 1 && typeof value.files === "object" && value.files !== null) return value as Manifest;
  } catch {
    // fall through
  }
  return { talkdex: 1, files: {} };
}
