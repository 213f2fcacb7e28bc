// build(): the whole pipeline, top to bottom — load, check, catalog, emit, output.

import { availableParallelism } from "node:os";
import { checkFolderStaged, type StagedCheckOptions } from "../check/check-folder.js";
import { FATAL_RULES } from "../check/registry.js";
import { startStagedCheck } from "../check/staged-check.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Catalog } from "../model/catalog.js";
import { buildCatalog, CatalogCache, prepareCatalog } from "../catalog/build-catalog.js";
import { buildAssetsAsync } from "../emit/assets.js";
import type { OutputStats, Sink } from "../output/output-file.js";
import { expandUnits } from "./context.js";
import { createContext } from "./create-context.js";
import { EMITTERS, SHOWS_RST } from "./emitters.js";
import { inputFingerprint, type InputScan } from "./input-fingerprint.js";
import { DEFAULT_BASE_URL, makeSite, type Site } from "./site.js";
import type { RepoConfig } from "../load/config.js";
import { searchIndex, searchIndexParts, type IndexedTerms } from "../search/build-index.js";

/** What to build and where. */
export interface BuildOptions {
  /** The data repository. */
  data: string;
  /** Where the files go (DiskSink, MemorySink). */
  sink: Sink;
  /** Absolute base URL of the published site (default: talkdex.json's baseUrl, else a local preview URL). */
  baseUrl?: string;
  /** Any validation error stops the build before anything is written. */
  strict?: boolean;
  /** "placeholder" draws a neutral poster instead of remote thumbnails (default: talkdex.json's, else "remote"). */
  thumbnails?: "remote" | "placeholder";
  /** Told when each stage starts (the CLI shows it on a terminal). */
  onProgress?: (stage: string) => void;
  /** Check and build the search index on other threads while this one works (default: when the machine has more than one core). */
  parallel?: boolean;
  /**
   * Report warnings (default true). False: the diagnostics are the errors only, and the check's
   * rules that can only warn are not run (the CLI, which shows errors only; `talkdex check` shows all).
   */
  warnings?: boolean;
  /**
   * Stops the build: it removes what it wrote, leaves the sink's previous site as it was and rejects
   * with the signal's reason. Looked at between the build's steps, so it takes effect within about
   * a second (the CLI aborts at Ctrl-C).
   */
  signal?: AbortSignal;
}

/** Counts of what was built, and the records left out. */
export interface BuildSummary {
  talks: number;
  events: number;
  skipped: { file: string; reason: string }[];
}

/** The outcome: the catalog built, every diagnostic, the files skipped and the output statistics. */
export interface BuildResult {
  /** Undefined when the output was already up to date (nothing was rebuilt). */
  catalog?: Catalog;
  summary: BuildSummary;
  diagnostics: Diagnostic[];
  /** Undefined when `strict` stopped the build. */
  stats?: OutputStats;
  /** True when the sink already held the site of exactly this input, so nothing was done. */
  upToDate: boolean;
}

/** Builds the site of a data repository. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  options.signal?.throwIfAborted();
  progress("reading the data");
  // First, since a sink refuses an unusable output folder there, before any work.
  const last = options.sink.lastBuild?.();
  const parallel = options.parallel ?? availableParallelism() > 1;
  // The check's worker starts now (its modules load while the fingerprint reads the files). With no
  // earlier build the site is made anyway, and the worker parses each file as soon as it is read;
  // else it is handed the files once the fingerprint says the site is out of date.
  const errorsOnly = options.warnings === false;
  // It builds the search index's term shards after its check, from the input this thread hands it.
  const check = parallel ? startStagedCheck({ root: options.data, rstHtml: true, errorsOnly, index: true }) : undefined;
  const stream = last ? undefined : check?.add;
  let scan: InputScan;
  try {
    scan = inputFingerprint(options.data, { baseUrl: options.baseUrl, thumbnails: options.thumbnails, strict: Boolean(options.strict), errorsOnly }, stream);
  } catch (e) {
    await check?.stop();
    throw e;
  }
  // Same data, same code, same options: the site in the sink is already the one this build would write.
  if (last && last.input === scan.fingerprint && isRecordedResult(last.result)) {
    await check?.stop();
    const stats = { ...last.stats, written: 0, unchanged: last.stats.files, removed: 0 };
    return { summary: last.result.summary, diagnostics: last.result.diagnostics, stats, upToDate: true };
  }
  progress("checking the data");
  // The browser code is bundled in esbuild's own process meanwhile.
  const bundled = buildAssetsAsync();
  // Awaited below; a failure meanwhile must not count as unhandled.
  bundled.catch(() => {});
  if (check && !stream) for (const [path, bytes] of scan.files) check.add(path, bytes);
  check?.end(scan.layout);
  // From here on the check's worker waits for the search index's input: a failure stops it.
  try {
    // The catalog needs only the errors that keep records out; it is made while the check's worker
    // still renders the ReST texts.
    const input = scan.fingerprint;
    const { catalog, config, rest, result: checked } = await catalogOf(options.data, scan, { parallel, worker: check, errorsOnly });
    options.signal?.throwIfAborted();
    const result = errorsOnly ? checked.then(({ diagnostics }) => ({ diagnostics: diagnostics.filter((d) => d.severity === "error") })) : checked;
    // Awaited below; a failure meanwhile must not count as unhandled.
    result.catch(() => {});
    const summary: BuildSummary = { talks: catalog.talks.length, events: catalog.events.length, skipped: [...catalog.skipped] };
    // Without --strict, the files that show no ReST text render while the check's worker still
    // renders the texts (≈ 0.5 s on the snapshot); with it, nothing is written before the whole check.
    if (options.strict) {
      const { diagnostics } = await result;
      if (diagnostics.some((d) => d.severity === "error")) {
        // It waits for the search index's input, which will not come.
        await check?.stop();
        return { catalog, summary, diagnostics, upToDate: false };
      }
    }
    const site = siteOf(config, options);
    const assets = await bundled;
    const ctx = createContext(site, assets);
    progress(`rendering ${catalog.talks.length.toLocaleString("en-US")} talks`);
    // Each emitter's files go to the sink as soon as they exist: it writes them while the next renders.
    const writer = options.sink.open();
    let rendered = false;
    // Whether the check's worker has answered with the ReST texts' HTML (seen between emitters).
    let rstDone = false;
    rest.then(
      () => (rstDone = true),
      () => {},
    );
    let indexing: Promise<IndexedTerms> | undefined;
    // Only the files' part is kept: the input, sent to the worker, can go at once.
    let searchFiles: ReturnType<typeof searchIndexParts>["files"] | undefined;
    try {
      writer.add(assets.files);
      for (const emit of EMITTERS) {
        // The worker's answer is a message, and a signal an event: each is taken in only when this thread gives way.
        if ((check && !indexing) || options.signal) await new Promise<void>((resolve) => setImmediate(resolve));
        options.signal?.throwIfAborted();
        if (!rendered && (rstDone || SHOWS_RST.has(emit))) {
          const { rstHtml } = await rest;
          if (rstHtml) ctx.addRstHtml(rstHtml);
          rendered = true;
        }
        // The search index's term shards are built on another core while this thread renders the
        // pages — by the check's worker, once it is done with the ReST texts.
        if (rendered && check && !indexing) {
          const { input, files } = searchIndexParts(catalog, site);
          indexing = check.index(input);
          searchFiles = files;
          // Awaited below; a failure meanwhile must not count as unhandled.
          indexing.catch(() => {});
        }
        if (!(searchFiles && emit === searchIndex)) writer.add(expandUnits(emit(catalog, ctx), catalog));
      }
      if (searchFiles && indexing) writer.add(searchFiles(await indexing));
      options.signal?.throwIfAborted();
    } catch (e) {
      await writer.abort();
      throw e;
    }
    progress("writing the last files");
    // The check's last rules ran on its worker while this thread rendered (without one: before the catalog).
    const { diagnostics } = await result
      .then((r) => {
        // The last chance to stop: from here on the site is committed.
        options.signal?.throwIfAborted();
        return r;
      })
      .catch(async (e: unknown) => {
        await writer.abort();
        throw e;
      });
    const recorded: RecordedResult = { summary, diagnostics };
    const stats = await writer.commit({ input, result: recorded });
    return { catalog, summary, diagnostics, stats, upToDate: false };
  } catch (e) {
    await check?.stop();
    throw e;
  }
}

// The catalog, the repository's settings and the rest of the check (the ReST HTML, then the whole
// result). The bytes read are let go once parsed (the check's worker has its own copy).
async function catalogOf(data: string, scan: { files: InputScan["files"]; layout: InputScan["layout"] }, options: Pick<StagedCheckOptions, "parallel" | "worker" | "errorsOnly">) {
  // Each file's share of the catalog is made while the check's worker decides which files are left out.
  const cache = new CatalogCache();
  const { repo, fatal, rest, result } = await checkFolderStaged(data, { preread: scan.files, layout: scan.layout, rstHtml: true, meanwhile: (read) => prepareCatalog(read, cache), ...options });
  scan.files.clear();
  return { catalog: buildCatalog(repo, { exclude: unpublishable(fatal), cache }), config: repo.config, rest, result };
}

/** The files whose errors keep them out of the site, with the reason (the last such error of each file). */
export function unpublishable(diagnostics: readonly Diagnostic[]): Map<string, string> {
  return new Map(diagnostics.filter((d) => d.severity === "error" && FATAL_RULES.has(d.rule)).map((d) => [d.file, `${d.rule}: ${d.message}`]));
}

/** The site's identity from the repository's talkdex.json and the build options. */
export function siteOf(config: RepoConfig, options: Pick<BuildOptions, "baseUrl" | "thumbnails">): Site {
  return makeSite(config.siteName ?? "talkdex", options.baseUrl ?? config.baseUrl ?? DEFAULT_BASE_URL, config.editUrl, options.thumbnails ?? config.thumbnails ?? "remote");
}

// What a sink keeps of a build, to answer an identical rebuild without doing it.
interface RecordedResult {
  summary: BuildSummary;
  diagnostics: Diagnostic[];
}

// The record comes from a file in the output folder: trust its shape only after looking.
function isRecordedResult(v: unknown): v is RecordedResult {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Partial<RecordedResult>;
  return Array.isArray(r.diagnostics) && typeof r.summary === "object" && r.summary !== null && Array.isArray(r.summary.skipped) && typeof r.summary.talks === "number";
}
