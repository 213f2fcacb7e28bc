// Watches a data folder for changes and reports them in debounced batches of relative file paths:
// one fs.watch per folder (not per file), an index of every entry so added, deleted and renamed
// folders are reported file by file, and a polling scan when the platform cannot watch.

import { lstatSync, readdirSync, watch, type Dirent, type FSWatcher } from "node:fs";
import { join } from "node:path";
import { isIgnoredName } from "./ignored-name.js";

/** What to watch and whom to tell. */
export interface WatcherOptions {
  root: string;
  /** Told once per burst: data-relative paths (forward slashes, sorted) added, changed or deleted. */
  onChange: (paths: string[]) => void;
  /** Told when the watcher falls back to polling, or a folder cannot be read. */
  onNotice?: (message: string) => void;
  /** Quiet time that ends a burst (default 50 ms). */
  debounceMs?: number;
  /** "events" (default; falls back to polling when fs.watch fails) or "poll". */
  mode?: "events" | "poll";
  /** Interval of the polling scan (default 1000 ms). */
  pollMs?: number;
}

/** A running watcher. */
export interface DataWatcher {
  /** How it watches now. */
  readonly mode: () => "events" | "poll";
  close(): void;
}

// Entry signatures: "d" for folders; for files, what changes when a file is rewritten or replaced —
// or "f" (a file, not stat'ed) while fs.watch names every changed file itself, which keeps the
// start on the snapshot's 22,000 files to a readdir per folder.
type Entries = Map<string, string>;

/** Starts watching `root` (its current content is the baseline: nothing is reported for it). */
export function watchData(options: WatcherOptions): DataWatcher {
  const { root, onChange, onNotice = () => {}, debounceMs = 50, pollMs = 1000 } = options;
  const index = new Map<string, Entries>();
  const watchers = new Map<string, FSWatcher>();
  // Folders to rescan at the end of the burst, with the names their events mentioned.
  const dirty = new Map<string, Set<string>>();
  let mode: "events" | "poll" = options.mode ?? "events";
  let timer: NodeJS.Timeout | undefined;
  let poller: NodeJS.Timeout | undefined;
  let closed = false;

  const abs = (rel: string): string => (rel === "" ? root : join(root, rel));
  const child = (dir: string, name: string): string => (dir === "" ? name : `${dir}/${name}`);

  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  const mark = (dir: string, name?: string): void => {
    if (closed) return;
    const names = dirty.get(dir) ?? new Set<string>();
    if (name !== undefined) names.add(name);
    dirty.set(dir, names);
    schedule();
  };

  const startWatching = (dir: string): void => {
    if (mode !== "events" || watchers.has(dir)) return;
    try {
      const w = watch(abs(dir), { persistent: true }, (_event, filename) => {
        const name = filename?.toString();
        if (name !== undefined && name.includes("/")) mark(dir);
        else if (name === undefined || !isIgnoredName(name)) mark(dir, name);
      });
      // A watched folder that disappears errors on some platforms: its parent's rescan reports it.
      w.on("error", () => {
        w.close();
        watchers.delete(dir);
        if (dir !== "") mark(dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "");
      });
      watchers.set(dir, w);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      // ENOENT: the folder went away meanwhile; anything else means this system cannot watch it.
      if (code !== "ENOENT") fallBackToPolling(`cannot watch ${abs(dir)} (${code})`);
    }
  };

  const fallBackToPolling = (reason: string): void => {
    if (mode === "poll" || closed) return;
    mode = "poll";
    for (const w of watchers.values()) w.close();
    watchers.clear();
    onNotice(`talkdex serve: ${reason}; scanning the data folder every ${pollMs} ms instead.`);
    startPolling();
  };

  const startPolling = (): void => {
    poller = setInterval(() => {
      for (const dir of index.keys()) if (!dirty.has(dir)) dirty.set(dir, new Set());
      flush();
    }, pollMs);
  };

  // Reads a folder into the index; a folder new to the index is watched first, so nothing written
  // into it between the read and the watch is missed. Reports every file that differs.
  const scan = (dir: string, mentioned: ReadonlySet<string>, report: Set<string>): void => {
    const isNew = !index.has(dir);
    if (isNew) startWatching(dir);
    const before = index.get(dir) ?? new Map<string, string>();
    const now: Entries = new Map();
    let entries: Dirent[];
    try {
      entries = readdirSync(abs(dir), { withFileTypes: true });
    } catch {
      return forget(dir, report);
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      if (entry.isDirectory()) now.set(entry.name, "d");
      else if (mode === "events") now.set(entry.name, "f");
      else {
        try {
          const s = lstatSync(join(abs(dir), entry.name));
          now.set(entry.name, `${s.mtimeMs}:${s.size}:${s.ino}:${s.ctimeMs}`);
        } catch {
          // Deleted between readdir and lstat: treated as absent.
        }
      }
    }
    index.set(dir, now);
    for (const [name, sig] of now) {
      const path = child(dir, name);
      const old = before.get(name);
      if (sig === "d") {
        if (old !== "d") {
          if (old !== undefined) report.add(path);
          scan(path, new Set(), report);
        }
      } else {
        if (old === "d") forget(path, report);
        // "f" → a stat signature is the switch to polling, not a change.
        const changed = old === undefined || old === "d" || (old !== sig && old !== "f" && sig !== "f");
        if (isNew || changed || mentioned.has(name)) report.add(path);
      }
    }
    for (const [name, old] of before) {
      if (now.has(name)) continue;
      const path = child(dir, name);
      if (old === "d") forget(path, report);
      else report.add(path);
    }
  };

  // A folder that is gone: every file the index knew under it is reported, its watchers closed.
  const forget = (dir: string, report: Set<string>): void => {
    const entries = index.get(dir);
    index.delete(dir);
    watchers.get(dir)?.close();
    watchers.delete(dir);
    for (const [name, sig] of entries ?? []) {
      if (sig === "d") forget(child(dir, name), report);
      else report.add(child(dir, name));
    }
  };

  const flush = (): void => {
    timer = undefined;
    if (closed || dirty.size === 0) return;
    const report = new Set<string>();
    const batch = [...dirty].sort(([a], [b]) => a.length - b.length);
    dirty.clear();
    for (const [dir, mentioned] of batch) if (index.has(dir)) scan(dir, mentioned, report);
    if (report.size > 0) onChange([...report].sort());
  };

  // The baseline: read the whole tree without reporting it.
  scan("", new Set(), new Set());
  if (options.mode === "poll") startPolling();

  return {
    mode: () => mode,
    close: () => {
      closed = true;
      if (timer) clearTimeout(timer);
      if (poller) clearInterval(poller);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
