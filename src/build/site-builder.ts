// SiteBuilder: a built site kept in memory and brought up to date when data files change — what
// `talkdex serve` serves. A change that makes a file unreadable keeps the last good site.

import type { Diagnostic } from "../model/diagnostic.js";
import { MemorySink } from "../output/memory-sink.js";
import { build, FATAL_RULES } from "./build.js";

/** What to build. */
export interface SiteBuilderOptions {
  data: string;
  baseUrl?: string;
  thumbnails?: "remote" | "placeholder";
}

/** The outcome of a build or an update. */
export interface SiteUpdate {
  /** False when the change was not applied (a changed file cannot be read): the previous site stays. */
  applied: boolean;
  /** Output paths written or changed by this update (every path for the first build). */
  changed: string[];
  /** Output paths that no longer exist. */
  removed: string[];
  /** Every diagnostic of the data as it is now. */
  diagnostics: Diagnostic[];
  /** Milliseconds the update took. */
  ms: number;
}

/** Builds a site into memory, then updates it after data files change. */
export class SiteBuilder {
  #files = new Map<string, string | Uint8Array>();

  constructor(readonly options: SiteBuilderOptions) {}

  /** The current site: output path → content. */
  get files(): ReadonlyMap<string, string | Uint8Array> {
    return this.#files;
  }

  /** The first build. */
  async build(): Promise<SiteUpdate> {
    return this.update([]);
  }

  /**
   * Brings the site up to date after `changedDataFiles` (paths relative to the data folder, forward
   * slashes; added, changed, deleted or renamed) changed. Safe to call with an empty list.
   */
  async update(changedDataFiles: readonly string[]): Promise<SiteUpdate> {
    const started = performance.now();
    const sink = new MemorySink();
    const result = await build({ ...this.options, sink });
    const touched = new Set(changedDataFiles);
    const unreadable = result.diagnostics.some((d) => d.severity === "error" && FATAL_RULES.has(d.rule) && touched.has(d.file));
    if (unreadable && this.#files.size > 0)
      return { applied: false, changed: [], removed: [], diagnostics: result.diagnostics, ms: performance.now() - started };
    const changed: string[] = [];
    for (const [path, content] of sink.files) if (!same(this.#files.get(path), content)) changed.push(path);
    const removed = [...this.#files.keys()].filter((p) => !sink.files.has(p));
    this.#files = sink.files;
    return { applied: true, changed, removed, diagnostics: result.diagnostics, ms: performance.now() - started };
  }
}

function same(a: string | Uint8Array | undefined, b: string | Uint8Array): boolean {
  if (a === undefined) return false;
  if (typeof a === "string" && typeof b === "string") return a === b;
  return Buffer.from(a).equals(Buffer.from(b));
}
