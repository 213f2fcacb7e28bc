// DiskSink: writes the site into a folder so that no failure leaves it half-written, rewriting only
// the files whose content changed (in worker threads, while the build renders), and remembering
// what it wrote (the manifest) for the next build.

import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, writevSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { UserError } from "../model/user-error.js";
import { workerEntry } from "../runtime/worker-entry.js";
import { Pieces, type BuildRecord, type OutputStats, type Sink, type SinkWriter } from "./output-file.js";
import { describeFailure, writeFailure } from "./write-failure.js";
import type { WriteJob, WriteMessage, WriteResult } from "./write-worker.js";

// At most 64 files or 256 KB per batch (a larger file gets consecutive slots of its own), at most
// 256 slots in flight (64 MB): the API's and the feeds' tens of thousands of small files come faster
// than one thread creates them, and a short queue made rendering wait (≈ 10% of its time).
const BATCH = 64;
const BATCH_BYTES = 256 << 10;
const SLOTS = 256;
// Creating files is kernel work that parallelizes over folders (each writer owns its folders, so no
// two insert into one), but it needs cores: one is left for rendering. On this project's 2-core
// machine that is one writer — two were measured no faster there, the kernel then competing with
// the renderer for the same two cores.
const WRITERS = Math.max(1, Math.min(4, availableParallelism() - 1));

// Files for one writer: their bytes one after the other (in consecutive slots of its ring, or a
// buffer of their own), their paths, and where each ends. `count` is what the batch adds to the
// writer's slots in flight until it is written: its slots, and those it skipped at the ring's end.
interface Batch {
  bytes: Buffer;
  slot: number | undefined;
  count: number;
  used: number;
  paths: string[];
  ends: number[];
}

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
    /** Threads writing files (default: one per core but one, at most 4). */
    readonly writers = WRITERS,
    /** Batch slots shared with each writer: batches in flight at most (tests use a few, to see them reused). */
    readonly slots = SLOTS,
  ) {}

  // A build asks this first: an output folder that cannot be used is refused here, before any work,
  // and what interrupted builds left is cleared (a rebuild with nothing to do opens no writer).
  lastBuild(): (BuildRecord & { stats: OutputStats }) | undefined {
    assertReplaceable(this.outDir);
    this.#removeLeftovers();
    return this.clean ? undefined : readManifest(this.outDir).build;
  }

  // Once per sink: a build asks `lastBuild` and then opens it; a sink of its own opens it directly.
  #leftoversRemoved = false;
  #removeLeftovers(): void {
    if (this.#leftoversRemoved) return;
    removeLeftovers(this.outDir);
    this.#leftoversRemoved = true;
  }

  // Over a previous build, changed files are written in place under temporary names and renamed at
  // the commit; otherwise the whole site is written into a staging folder that replaces the old one.
  // Either way a failure before the commit leaves the old site as it was.
  open(): SinkWriter {
    assertReplaceable(this.outDir);
    this.#removeLeftovers();
    const manifest = this.clean ? undefined : readManifest(this.outDir);
    const inPlace = manifest !== undefined && Object.keys(manifest.files).length > 0 && existsSync(join(this.outDir, MANIFEST));
    const staging = stagingFolder(this.outDir, process.pid);
    const suffix = inPlace ? temporarySuffix(process.pid) : "";
    // In place, a mark in the folder while its temporary files are there: a build killed before it
    // renamed or removed them leaves the mark, and the next build removes them (see removeLeftovers).
    const mark = join(this.outDir, writingMark(process.pid));
    if (inPlace)
      try {
        writeFileSync(mark, "");
      } catch (e) {
        throw writeFailure(this.outDir, describeFailure(e, writingMark(process.pid)));
      }
    else rmSync(staging, { recursive: true, force: true });
    const unmark = (): void => {
      if (inPlace) rmSync(mark, { force: true });
    };
    const root = inPlace ? this.outDir : staging;
    // Each writer has its own count of slots in flight and its own ring of batch slots.
    const slots = Math.max(1, this.slots);
    const lanes = Array.from({ length: Math.max(1, this.writers) }, () => {
      const job: WriteJob = {
        root,
        previous: inPlace ? manifest.files : {},
        suffix,
        pending: new SharedArrayBuffer(4),
        ring: new SharedArrayBuffer(slots * BATCH_BYTES),
        slotBytes: BATCH_BYTES,
        separator: this.writers > 1 ? "\n" : ",",
      };
      return {
        worker: new Worker(workerEntry(import.meta.url, "write-worker"), { workerData: job }),
        inFlight: new Int32Array(job.pending),
        ring: job.ring,
        slots: Array.from({ length: slots }, (_, i) => Buffer.from(job.ring, i * BATCH_BYTES, BATCH_BYTES)),
        // Slots taken so far (the next batch starts at slot `taken % slots`).
        taken: 0,
      };
    });
    type Lane = (typeof lanes)[number];
    const workers = lanes.map((lane) => lane.worker);
    const answers = workers.map(
      (worker) =>
        new Promise<WriteResult>((resolve) => {
          worker.once("message", resolve);
          worker.once("error", (e) => resolve({ ok: false, message: e.message }));
        }),
    );
    const seen = new Set<string>();
    const finish = async (): Promise<Merged> => {
      for (const worker of workers) worker.postMessage({ end: true } satisfies WriteMessage);
      const results = await Promise.all(answers);
      await Promise.all(workers.map((w) => w.terminate()));
      const result = merged(results);
      // A failed writer removed what it wrote; so do the others.
      if (!result.ok) for (const r of results) if (r.ok) for (const path of r.renames) rmSync(join(root, path + suffix), { force: true });
      return result;
    };
    // Files go to the workers in small batches, so a page's text is freed soon after it is rendered;
    // when they fall behind, rendering waits (else the queue would hold the whole site). A batch is
    // one slot of memory shared with its writer (or, for a file larger than a slot, a buffer of its
    // own, moved to the writer): the text of a page is encoded once, straight into it, and neither a
    // file nor a batch costs an allocation.
    const send = (w: number, batch: Batch): void => {
      Atomics.add((lanes[w] as Lane).inFlight, 0, batch.count);
      const paths = batch.paths.join("\0");
      const ends = Int32Array.from(batch.ends);
      const { count } = batch;
      // One string and one typed array: serializing a small array per file cost the sender twice as much.
      if (batch.slot !== undefined) (workers[w] as Worker).postMessage({ slot: batch.slot, count, paths, ends } satisfies WriteMessage);
      else {
        const bytes = batch.bytes.buffer as ArrayBuffer;
        (workers[w] as Worker).postMessage({ bytes, count, paths, ends } satisfies WriteMessage, [bytes]);
      }
    };
    // Each folder belongs to one worker (with one, nothing to look up: 120,000 `dirname` calls and
    // map lookups less on the rendering thread).
    const folders = new Map<string, number>();
    const workerOf = (path: string): number => {
      if (workers.length === 1) return 0;
      const folder = dirname(path);
      let w = folders.get(folder);
      if (w === undefined) folders.set(folder, (w = folders.size % workers.length));
      return w;
    };
    const batches: (Batch | undefined)[] = workers.map(() => undefined);
    // The batch of worker `w` with room for `size` more bytes (sending the current one if it has none).
    const batchFor = (w: number, size: number): Batch => {
      let batch = batches[w];
      if (batch && batch.used + size > batch.bytes.byteLength) {
        send(w, batch);
        batch = undefined;
      }
      if (!batch) {
        // A file larger than a slot takes as many consecutive slots as it needs (memory already
        // mapped: a buffer of its own would be new pages, ≈ 11,000 page faults for the snapshot's
        // all.json, sitemap and largest lists), skipping the slots left at the ring's end if it
        // does not fit there; only a file larger than the whole ring gets a buffer of its own.
        const lane = lanes[w] as Lane;
        const need = Math.ceil(size / BATCH_BYTES) || 1;
        const start = lane.taken % slots;
        const skip = need > slots || start + need <= slots ? 0 : slots - start;
        const count = need > slots ? 1 : skip + need;
        // Messages are written in order and slots taken in order, so once no more than
        // `slots - count` are in flight (none, for a batch that wraps around a ring it nearly
        // fills), the slots this batch takes are free again. The workers' messages cannot arrive
        // while this loop blocks: a writer that makes no progress for a minute is taken for dead.
        const limit = Math.max(0, slots - count);
        for (let n = Atomics.load(lane.inFlight, 0); n > limit; n = Atomics.load(lane.inFlight, 0))
          if (Atomics.wait(lane.inFlight, 0, n, 60_000) === "timed-out") throw new Error("the thread writing the site stopped responding");
        if (need === 1) {
          lane.taken++;
          batches[w] = batch = { bytes: lane.slots[start] as Buffer, slot: start, count, used: 0, paths: [], ends: [] };
        } else if (need <= slots) {
          const slot = skip > 0 ? 0 : start;
          lane.taken += count;
          batches[w] = batch = { bytes: Buffer.from(lane.ring, slot * BATCH_BYTES, need * BATCH_BYTES), slot, count, used: 0, paths: [], ends: [] };
        } else batches[w] = batch = { bytes: Buffer.allocUnsafeSlow(size), slot: undefined, count, used: 0, paths: [], ends: [] };
      }
      return batch;
    };
    return {
      add: (files) => {
        for (const f of files) {
          assertInside(f.path);
          if (seen.has(f.path)) throw new Error(`two output files have the path ${f.path}`);
          seen.add(f.path);
          const w = workerOf(f.path);
          const content = f.content;
          let batch: Batch;
          if (typeof content === "string") {
            // UTF-8 takes at most 3 bytes per UTF-16 unit; measure exactly only a text that may not fit.
            const room = content.length * 3;
            batch = batchFor(w, room <= BATCH_BYTES ? room : Buffer.byteLength(content));
            batch.used += batch.bytes.write(content, batch.used, "utf8");
          } else if (content instanceof Pieces) {
            // Each piece goes straight into the batch: the file is never joined on its own.
            const room = content.byteLengthAtMost;
            batch = batchFor(w, room <= BATCH_BYTES ? room : content.byteLength);
            batch.used = content.copyTo(batch.bytes, batch.used);
          } else {
            batch = batchFor(w, content.byteLength);
            batch.bytes.set(content, batch.used);
            batch.used += content.byteLength;
          }
          batch.paths.push(f.path);
          batch.ends.push(batch.used);
          if (batch.paths.length === BATCH) {
            send(w, batch);
            batches[w] = undefined;
          }
        }
        batches.forEach((batch, w) => {
          if (batch && batch.paths.length > 0) send(w, batch);
          batches[w] = undefined;
        });
      },
      commit: async (record) => {
        const result = await finish();
        if (!result.ok) {
          if (!inPlace) rmSync(staging, { recursive: true, force: true });
          unmark();
          // The disk's refusal, not a fault of talkdex: said as such, with what to do.
          throw writeFailure(this.outDir, result.message);
        }
        // `seen` holds every path added, each once.
        const removed = inPlace ? Object.keys(manifest.files).filter((p) => !seen.has(p)) : [];
        const { files, written } = result;
        const stats: OutputStats = { files, bytes: result.bytes, largestPage: result.largestPage, written, unchanged: files - written, removed: removed.length };
        // One writer's entries are the manifest's `files` as they are, never made a string here
        // (10 MB for the snapshot); several writers' are interleaved in the order the files came.
        const entries = result.entries.length === 1 ? (result.entries[0] as Uint8Array) : Buffer.from(manifestEntries(result.entries.map((e) => Buffer.from(e.buffer, e.byteOffset, e.byteLength).toString("utf8")), seen, workerOf));
        const manifestParts = manifestBytes(record && { ...record, stats }, entries);
        if (inPlace) commitInPlace(this.outDir, result.renames, suffix, removed, manifestParts);
        else swapIn(this.outDir, staging, manifestParts);
        unmark();
        return stats;
      },
      abort: async () => {
        const result = await finish();
        if (!inPlace) rmSync(staging, { recursive: true, force: true });
        else if (result.ok)
          for (const path of result.renames) {
            rmSync(join(this.outDir, path + suffix), { force: true });
            pruneEmptyFolders(this.outDir, dirname(path));
          }
        unmark();
      },
    };
  }
}

// The workers' answers as one (each writer's manifest entries as it sent them), the largest page by
// size then path.
function merged(results: readonly WriteResult[]): Merged {
  const failed = results.find((r) => !r.ok);
  if (failed) return failed;
  const done = results.filter((r) => r.ok);
  const largest = done.map((r) => r.largestPage).sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0];
  return {
    ok: true,
    entries: done.map((r) => r.entries),
    files: done.reduce((n, r) => n + r.files, 0),
    written: done.reduce((n, r) => n + r.written, 0),
    renames: done.flatMap((r) => r.renames),
    bytes: done.reduce((n, r) => n + r.bytes, 0),
    largestPage: largest ?? { path: "", bytes: 0 },
  };
}

type Merged = (Omit<Extract<WriteResult, { ok: true }>, "entries"> & { entries: Uint8Array[] }) | Extract<WriteResult, { ok: false }>;

/**
 * The manifest's `files` members in the order the files were added (`paths`), whichever writer
 * wrote them — so the manifest is the same whatever the number of writers — from each writer's
 * entries, one a line in the order it received its files (`writerOf` tells whose a path was).
 */
export function manifestEntries(entries: readonly string[], paths: Iterable<string>, writerOf: (path: string) => number): string {
  if (entries.length === 1) return (entries[0] as string).replaceAll("\n", ",");
  const lists = entries.map((e) => (e === "" ? [] : e.split("\n")));
  const next = lists.map(() => 0);
  const out: string[] = [];
  for (const path of paths) {
    const w = writerOf(path);
    out.push((lists[w] as string[])[(next[w] as number)++] as string);
  }
  return out.join(",");
}

/**
 * The manifest's text: `JSON.stringify` of a Manifest whose `files` holds `entries` (`"path":"hash"`
 * members joined by commas: see manifestEntries), without building an object of 120,000 keys.
 */
export function manifestText(build: Manifest["build"], entries: string): string {
  return `${manifestHead(build)}${entries}${MANIFEST_TAIL}`;
}

/** `manifestText` as the UTF-8 pieces to write one after the other, the entries' bytes as they are. */
export function manifestBytes(build: Manifest["build"], entries: Uint8Array): Uint8Array[] {
  return [Buffer.from(manifestHead(build)), entries, Buffer.from(MANIFEST_TAIL)];
}

const MANIFEST_TAIL = "}}\n";

function manifestHead(build: Manifest["build"]): string {
  const head = JSON.stringify({ talkdex: 1, build } satisfies Omit<Manifest, "files">);
  return `${head.slice(0, -1)},"files":{`;
}

function commitInPlace(outDir: string, written: readonly string[], suffix: string, removed: readonly string[], manifest: readonly Uint8Array[]): void {
  const manifestPath = join(outDir, MANIFEST);
  writeParts(manifestPath + suffix, manifest);
  for (const path of written) renameSync(join(outDir, path + suffix), join(outDir, path));
  for (const path of removed) {
    rmSync(join(outDir, path), { force: true });
    pruneEmptyFolders(outDir, dirname(path));
  }
  renameSync(manifestPath + suffix, manifestPath);
}

function swapIn(outDir: string, staging: string, manifest: readonly Uint8Array[]): void {
  try {
    writeParts(join(staging, MANIFEST), manifest);
    const old = `${staging}.old`;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(staging, outDir);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}

// Writes the pieces into a new file, one after the other (without joining them first).
function writeParts(path: string, parts: readonly Uint8Array[]): void {
  const fd = openSync(path, "w");
  try {
    const total = parts.reduce((n, p) => n + p.byteLength, 0);
    for (let done = 0; done < total; ) {
      let skip = done;
      const rest: Uint8Array[] = [];
      for (const p of parts) {
        if (skip >= p.byteLength) skip -= p.byteLength;
        else {
          rest.push(skip > 0 ? p.subarray(skip) : p);
          skip = 0;
        }
      }
      done += writevSync(fd, rest);
    }
  } finally {
    closeSync(fd);
  }
}

/** The folder beside `outDir` that the build of process `pid` writes a whole new site into. */
export function stagingFolder(outDir: string, pid: number): string {
  return join(dirname(outDir), `${stagingPrefix(outDir)}${pid}`);
}

// The name of a staging folder of `outDir` up to its process id.
function stagingPrefix(outDir: string): string {
  return `.${basename(outDir)}.building-`;
}

/** The suffix of the files the build of process `pid` writes in place, until it renames them. */
export function temporarySuffix(pid: number): string {
  return `.talkdex-${pid}.tmp`;
}

/** The mark the build of process `pid` keeps in the output folder while it writes there in place. */
export function writingMark(pid: number): string {
  return `${MARK_PREFIX}${pid}`;
}

const MARK_PREFIX = ".talkdex-writing-";

// What builds of `outDir` that never finished left behind (killed, crashed, the machine stopped):
// their staging folders beside it (up to a whole site each), a site being swapped out (`….old`),
// and the temporary files of one that wrote in place. Process ids are in the names; those of
// processes still running are left alone — another build at work.
function removeLeftovers(outDir: string): void {
  const parent = dirname(outDir);
  const staging = stagingPrefix(outDir);
  for (const name of namesIn(parent)) {
    const pid = name.startsWith(staging) ? /^(\d+)(?:\.old)?$/.exec(name.slice(staging.length))?.[1] : undefined;
    if (pid !== undefined && !running(Number(pid))) rmSync(join(parent, name), { recursive: true, force: true });
  }
  // The marks of dead builds, and the suffixes of their temporary files: the site is walked once for all.
  const marks: string[] = [];
  const suffixes: string[] = [];
  for (const name of namesIn(outDir)) {
    const pid = name.startsWith(MARK_PREFIX) ? /^\d+$/.exec(name.slice(MARK_PREFIX.length))?.[0] : undefined;
    if (pid === undefined || running(Number(pid))) continue;
    marks.push(name);
    suffixes.push(temporarySuffix(Number(pid)));
  }
  if (marks.length === 0) return;
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true }))
    if (!entry.isDirectory() && suffixes.some((suffix) => entry.name.endsWith(suffix))) {
      rmSync(join(entry.parentPath, entry.name), { force: true });
      // A folder that build made for new files only is empty again.
      pruneEmptyFolders(outDir, relative(outDir, entry.parentPath));
    }
  for (const name of marks) rmSync(join(outDir, name), { force: true });
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

// Whether process `pid` exists (this one included: its own folders are its own business).
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as NodeJS.ErrnoException).code === "EPERM";
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

// A leading slash, a backslash or NUL, or an empty, "." or ".." segment (one test, no allocation:
// it runs for each of 120,000 files).
const UNSAFE_PATH = /^\/|[\\\0]|(?:^|\/)\.{0,2}(?:\/|$)/;

/** Defence in depth: every output path is relative, with no empty, "." or ".." segment and no backslash or NUL. */
export function assertInside(path: string): void {
  if (UNSAFE_PATH.test(path)) throw new Error(`refusing to write outside the output folder: ${JSON.stringify(path)}`);
}

/**
 * Refuses an output path that is a file, or whose nearest existing parent is one (the site could
 * not be made there), and a non-empty folder that talkdex did not build (it would be deleted).
 */
function assertReplaceable(dir: string): void {
  const target = resolve(dir);
  for (let at = target; ; at = dirname(at)) {
    const stats = statOrNothing(at);
    if (stats && !stats.isDirectory())
      throw new UserError(
        at === target
          ? `The output folder ${dir} is a file, not a folder.\nChoose another --out folder, or move the file away yourself.`
          : `The output folder ${dir} cannot be made: ${at} is a file, not a folder.\nChoose another --out folder.`,
      );
    if (stats || dirname(at) === at) break;
  }
  if (!existsSync(dir) || existsSync(join(dir, MANIFEST))) return;
  if (readdirSync(dir).length === 0) return;
  throw new UserError(
    `The output folder ${dir} is not empty and was not built by talkdex; building would replace it.\n` +
      "Choose another --out folder, or empty this one yourself.",
  );
}

// A path's stats, or undefined when nothing is there (or a file stands where a folder of it should be).
function statOrNothing(path: string): ReturnType<typeof statSync> {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw e;
  }
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
