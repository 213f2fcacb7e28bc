// The file-writing thread of DiskSink: hashes each output file, and writes those that changed while
// the main thread goes on rendering. Files come in batches: one buffer holding their bytes, and where each is.

import { hash as digest } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { describeFailure } from "./write-failure.js";

/** What the worker is started with. */
export interface WriteJob {
  /** Folder the files are written into (the output folder, or a staging folder beside it). */
  root: string;
  /** Content hashes of the files already in `root`: equal files are not written. */
  previous: Record<string, string>;
  /** Written files get this suffix (renamed later by the sink); empty to write the final name. */
  suffix: string;
  /** A counter shared with the sink: slots of the ring sent to this writer and not yet written (the sink waits when too many). */
  pending: SharedArrayBuffer;
  /** Memory shared with the sink, in slots of `slotBytes`: most batches are written into a slot, not sent. */
  ring: SharedArrayBuffer;
  slotBytes: number;
  /**
   * Between two manifest entries: "," when this is the only writer (its entries are then the
   * manifest's `files` members as they are), "\n" when the sink interleaves several writers' entries.
   */
  separator: "," | "\n";
}

/**
 * Messages to the worker: a batch of files — their bytes one after the other in the shared ring from
 * slot `slot` on (or, for a file larger than the ring, in `bytes`), their paths joined by NUL (which
 * no output path holds) and where each file's bytes end; `count` is what to take off the slots in
 * flight once they are written — or the end.
 */
export type WriteMessage = { slot: number; count: number; paths: string; ends: Int32Array } | { bytes: ArrayBuffer; count: number; paths: string; ends: Int32Array } | { end: true };

/**
 * The worker's answer at the end (or its first error, after removing what it wrote): the manifest's
 * entries of its files, `"path":"hash"` in the order received, as UTF-8 in a buffer of their own
 * (moved with the message, not made a string on either side), separated by `WriteJob.separator`
 * (JSON text has no raw line break); how many files it wrote, and which when they were written
 * under a temporary name (else there is nothing to rename).
 */
export type WriteResult =
  | { ok: true; entries: Uint8Array; files: number; written: number; renames: string[]; bytes: number; largestPage: { path: string; bytes: number } }
  | { ok: false; message: string };

const job = workerData as WriteJob;
// Looked up once per file: as a Map, a path is hashed where it is; a lookup of an object's property
// first makes the key an internalized string (≈ 0.1 s of this thread in a cold build of the
// snapshot, even with no previous files at all).
const previous = new Map(Object.entries(job.previous));
const pending = new Int32Array(job.pending);
const port = parentPort;
// The manifest's entry of every file, written as the files come: the sink's last step, which the
// whole build waits for, then only joins a few strings (a list of 120,000 [path, hash] pairs cost it
// ≈ 0.2 s to receive, sort and serialize). As UTF-8 bytes: a string grown by `+=` was a rope of
// 250,000 pieces that lived through the build, copied and walked by every collection.
// In chunks (an entry never spans two): growing one buffer copied it again each time it doubled.
const ENTRY_CHUNK = 1 << 20;
const entryChunks: Buffer[] = [];
let entries = Buffer.allocUnsafeSlow(ENTRY_CHUNK);
let entriesEnd = 0;
let files = 0;
let written = 0;
// Files written under a temporary name, to be renamed at the commit (or removed on failure).
const renames: string[] = [];
const made = new Set<string>();
let bytes = 0;
let largestPage = { path: "", bytes: 0 };
let failure: string | undefined;
// The file being written (named in a failure's message).
let current = "";
// Files at the top of the folder need it to exist (those deeper make their folders as they come).
// A failure is reported at the end, like any other: the sink goes on counting batches down.
try {
  mkdirSync(job.root, { recursive: true });
} catch (e) {
  failure = describeFailure(e, "");
}

// The ring's pages are new memory: the first write to each takes a page fault (≈ 10 µs on the
// development VM, 16,000 of them for the 64 MB ring). This thread makes them, from the last slot
// back, while the main thread fills the first slots: a compare-and-exchange of 0 with 0 is a write
// to the page that changes nothing, whatever the main thread has written there already.
const ringWords = new Int32Array(job.ring);
for (let i = ringWords.length - 1024; i >= 0; i -= 1024) Atomics.compareExchange(ringWords, i, 0, 0);

port?.on("message", (m: WriteMessage) => {
  if ("end" in m) {
    if (failure !== undefined) {
      for (const path of renames) rmSync(join(job.root, path + job.suffix), { force: true });
      port.postMessage({ ok: false, message: failure } satisfies WriteResult);
    } else {
      const all = joinEntries();
      port.postMessage({ ok: true, entries: all, files, written, renames, bytes, largestPage } satisfies WriteResult, [all.buffer as ArrayBuffer]);
    }
    return;
  }
  try {
    if (failure === undefined) {
      const paths = m.paths.split("\0");
      const [buffer, base] = "slot" in m ? [job.ring, m.slot * job.slotBytes] : [m.bytes, 0];
      for (let i = 0, start = 0; i < paths.length; start = m.ends[i] as number, i++) {
        current = paths[i] as string;
        write(current, new Uint8Array(buffer, base + start, (m.ends[i] as number) - start));
      }
    }
  } catch (e) {
    failure = describeFailure(e, current);
  }
  Atomics.sub(pending, 0, m.count);
  Atomics.notify(pending, 0);
});

// What JSON.stringify escapes in a string (site paths hardly ever hold any: quoted as they are).
const JSON_ESCAPED = /["\\\x00-\x1f\ud800-\udfff]/;

function write(path: string, data: Uint8Array): void {
  const hash = digest("sha1", data, "base64url");
  // base64url needs no escaping in JSON.
  addEntry(`${files++ > 0 ? job.separator : ""}${JSON_ESCAPED.test(path) ? JSON.stringify(path) : `"${path}"`}:"${hash}"`);
  bytes += data.byteLength;
  if (path.endsWith(".html") && data.byteLength > largestPage.bytes) largestPage = { path, bytes: data.byteLength };
  if (previous.get(path) === hash) return;
  // The sink passes only relative paths without empty, "." or ".." segments: no need to normalize
  // (path.join normalized each one again).
  const slash = path.lastIndexOf("/");
  if (slash > 0) {
    const dir = path.slice(0, slash);
    if (!made.has(dir)) makeFolder(dir);
  }
  writeFileSync(`${job.root}/${path}${job.suffix}`, data);
  written++;
  // Into a staging folder, nothing is renamed; a failure removes the whole folder.
  if (job.suffix !== "") renames.push(path);
}

// Makes a folder of the site, its parents first when this thread has not made them: a folder made
// before its parent costs a failed system call more (3,500 of them for the snapshot's old
// /video/{id}/{slug}/ links, each in a new folder of its own).
function makeFolder(dir: string): void {
  const slash = dir.lastIndexOf("/");
  if (slash > 0 && !made.has(dir.slice(0, slash))) makeFolder(dir.slice(0, slash));
  mkdirSync(`${job.root}/${dir}`, { recursive: true });
  made.add(dir);
}

// The entries in one buffer that holds nothing else (so it can be moved to the sink).
function joinEntries(): Uint8Array {
  const parts = [...entryChunks, entries.subarray(0, entriesEnd)];
  const all = new Uint8Array(parts.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of parts) {
    all.set(b, at);
    at += b.byteLength;
  }
  return all;
}

function addEntry(text: string): void {
  // UTF-8 takes at most 3 bytes per UTF-16 unit.
  const room = text.length * 3;
  if (entriesEnd + room > entries.length) {
    entryChunks.push(entries.subarray(0, entriesEnd));
    entries = Buffer.allocUnsafeSlow(Math.max(ENTRY_CHUNK, room));
    entriesEnd = 0;
  }
  entriesEnd += entries.write(text, entriesEnd, "utf8");
}
