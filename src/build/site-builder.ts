// SiteBuilder: a built site kept in memory and brought up to date when data files change — what
// `talkdex serve` serves. An update reads only the changed files, rebuilds the catalog (or patches
// it, when only talks' content changed), renders only the units whose recorded reads changed, and
// checks the repository afterwards with the unchanged files' findings kept. A change that makes a
// file unreadable keeps the last good site.

import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildCatalog, CatalogCache, patchCatalog } from "../catalog/build-catalog.js";
import { checkFolder } from "../check/check-folder.js";
import type { RstHtml } from "../check/rules/rst.js";
import { checkOneFile, createRunner, type CheckResult } from "../check/check-repository.js";
import { RULES } from "../check/registry.js";
import { FileFindingsCache } from "../check/rule.js";
import { WatchCheck } from "../check/watch-check.js";
import { schemaRule } from "../check/rules/schema.js";
import { readDataFile, type DataFile } from "../load/data-file.js";
import { readRepository, replaceFiles, type Repository } from "../load/repository.js";
import { ROOT_DATA_FILES } from "../load/layout.js";
import type { Catalog } from "../model/catalog.js";
import { compareDiagnostics, type Diagnostic } from "../model/diagnostic.js";
import { buildAssets } from "../emit/assets.js";
import { sameContent } from "../output/output-file.js";
import { FATAL_RULES } from "../check/registry.js";
import { siteOf, unpublishable } from "./build.js";
import { createContext } from "./create-context.js";
import { EMITTERS } from "./emitters.js";
import { changedBetween } from "./incremental/deps.js";
import { UnitRenderer, type RunResult } from "./incremental/unit-renderer.js";

/** What to build. */
export interface SiteBuilderOptions {
  data: string;
  baseUrl?: string;
  thumbnails?: "remote" | "placeholder";
  /**
   * Check the data after each update in a worker thread with its own reading of the folder (what
   * `talkdex serve` does: the server stays responsive and its heap free of the check's garbage).
   * Call `close()` when done. Default: on this thread.
   */
  checkInWorker?: boolean;
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
  /** Milliseconds until the site was up to date (the check of the data comes after). */
  outputMs: number;
  /** Units rendered (pages, feeds, records…); the rest were kept. */
  rendered: number;
  /** Per emitter: units rendered, whether its own code ran again, milliseconds. */
  emitters: RunResult["emitters"];
}

/** Told as soon as the site is up to date, before the data is checked. */
export type OutputReady = (update: Pick<SiteUpdate, "changed" | "removed" | "outputMs">) => void;

interface State {
  repo: Repository;
  catalog: Catalog;
  exclude: Map<string, string>;
  renderer: UnitRenderer;
  /** The site settings the renderer was made with (a change renders everything again). */
  siteKey: string;
}

const NO_FILES: ReadonlyMap<string, string | Uint8Array> = new Map();

/** Builds a site into memory, then updates it after data files change. */
export class SiteBuilder {
  #state: State | undefined;
  // Files changed in updates that were not applied: read again by the next update.
  #pending = new Set<string>();
  readonly #catalogCache = new CatalogCache();
  readonly #checkCache = new FileFindingsCache();
  #watch: WatchCheck | undefined;
  #closed = false;

  constructor(readonly options: SiteBuilderOptions) {}

  /** The current site: output path → content. */
  get files(): ReadonlyMap<string, string | Uint8Array> {
    return this.#state?.renderer.files ?? NO_FILES;
  }

  /** The first build. */
  async build(onOutput?: OutputReady): Promise<SiteUpdate> {
    const started = performance.now();
    const { repo, result, rstHtml } = await checkFolder(this.options.data, { cache: this.#checkCache, rstHtml: true });
    const exclude = unpublishable(result.diagnostics);
    const catalog = buildCatalog(repo, { exclude, cache: this.#catalogCache });
    const { renderer, siteKey } = this.#renderer(repo, rstHtml);
    const run = renderer.run(catalog);
    this.#state = { repo, catalog, exclude, renderer, siteKey };
    const outputMs = performance.now() - started;
    onOutput?.({ changed: run.changed, removed: run.removed, outputMs });
    if (this.options.checkInWorker && !this.#closed) {
      // The worker reads and checks everything once now, on the other core, ready for the first edit.
      this.#watch = new WatchCheck(this.options.data);
      this.#watch.check([]).catch(() => {});
    }
    return { applied: true, changed: run.changed, removed: run.removed, diagnostics: result.diagnostics, ms: outputMs, outputMs, rendered: run.rendered, emitters: run.emitters };
  }

  /**
   * Brings the site up to date after `changedDataFiles` (paths relative to the data folder, forward
   * slashes; added, changed, deleted or renamed; a folder stands for everything in it) changed.
   * Safe to call with an empty list.
   */
  async update(changedDataFiles: readonly string[], onOutput?: OutputReady): Promise<SiteUpdate> {
    const before = this.#state;
    if (!before) return this.build(onOutput);
    const started = performance.now();
    const named = new Set([...this.#pending, ...changedDataFiles]);
    const known = knownFiles(before.repo);
    // A named folder (a caller may name an event folder moved in or out, or rewritten by a checkout)
    // stands for the files it held.
    const changed = new Set(named);
    for (const p of named) {
      if (known.has(p) || statSync(join(this.options.data, p), { throwIfNoEntry: false })?.isFile()) continue;
      for (const k of known) if (k.startsWith(`${p}/`)) changed.add(k);
    }
    // The changed files are read once: the site and the check that follows see the same bytes, even
    // when the file is saved again while the check runs.
    const bytes = readChanged(this.options.data, changed);
    // The folder listing changes only when a file or folder appears or goes away.
    const sameLayout = [...changed].every((p) => !ROOT_FILES.has(p) && (known.has(p) ? bytes.has(p) : !existsSync(join(this.options.data, p))));
    // Files edited in place (the common case) are read alone; anything else reads the folder again,
    // reusing every unchanged file.
    const repo = sameLayout && [...changed].every((p) => bytes.has(p))
      ? replaceFiles(before.repo, new Map([...bytes].map(([p, b]) => [p, readDataFile(p, b)])))
      : await readRepository(this.options.data, { reuse: { repo: before.repo, changed }, preread: bytes, layout: sameLayout ? before.repo.layout : undefined });
    const files = dataFiles(repo);

    const configChanged = changed.has(ROOT_DATA_FILES.config);
    const exclude = configChanged ? new Map<string, string>() : new Map(before.exclude);
    const recheck = configChanged ? [...files.keys()] : [...changed];
    for (const path of recheck) {
      exclude.delete(path);
      const file = files.get(path);
      if (!file) continue;
      const fatal = checkOneFile(repo.config, file.file, file.kind, [schemaRule], this.#checkCache)
        .filter((d) => d.severity === "error" && FATAL_RULES.has(d.rule))
        .sort(compareDiagnostics)
        .at(-1);
      if (fatal) exclude.set(path, `${fatal.rule}: ${fatal.message}`);
    }
    // A saved root file (talkdex.json, speakers.json, NO_PUBLISH.json) that cannot be read blocks the update too.
    const rootBroken = [repo.configFile, repo.speakersFile, repo.noPublishFile].some((f) => f && changed.has(f.path) && f.problems.some((p) => p.severity === "error" && FATAL_RULES.has(p.rule)));
    if (rootBroken || [...changed].some((p) => exclude.has(p))) {
      this.#pending = changed;
      const result = await this.#check(repo, changed, bytes);
      return { applied: false, changed: [], removed: [], diagnostics: result.diagnostics, ms: performance.now() - started, outputMs: 0, rendered: 0, emitters: [] };
    }

    const talkFiles = [...changed].map((p) => files.get(p)).filter((f) => f?.kind === "talk");
    const patchable = talkFiles.length === changed.size && sameLayout;
    const catalog =
      (patchable ? patchCatalog(before.catalog, talkFiles.map((f) => (f as { file: DataFile }).file), { exclude, cache: this.#catalogCache }) : undefined) ??
      buildCatalog(repo, { exclude, previous: before.catalog, cache: this.#catalogCache });

    let { renderer, siteKey } = before;
    let run;
    if (siteOfKey(repo, this.options) !== siteKey) {
      // New site settings: every page changes; render afresh and compare with what was served.
      ({ renderer, siteKey } = this.#renderer(repo));
      run = renderer.run(catalog);
      const old = before.renderer.files;
      run.changed = run.changed.filter((p) => !sameContent(old.get(p), renderer.files.get(p)));
      run.removed = [...old.keys()].filter((p) => !renderer.files.has(p)).sort();
    } else run = renderer.run(catalog, changedBetween(before.catalog, catalog));
    this.#state = { repo, catalog, exclude, renderer, siteKey };
    this.#pending.clear();
    const outputMs = performance.now() - started;
    onOutput?.({ changed: run.changed, removed: run.removed, outputMs });
    const result = await this.#check(repo, changed, bytes);
    return { applied: true, changed: run.changed, removed: run.removed, diagnostics: result.diagnostics, ms: performance.now() - started, outputMs, rendered: run.rendered, emitters: run.emitters };
  }

  // `rstHtml`: the check's rendering of the ReST texts, so the first build renders none again.
  #renderer(repo: Repository, rstHtml?: RstHtml): { renderer: UnitRenderer; siteKey: string } {
    const site = siteOf(repo.config, this.options);
    const assets = buildAssets();
    return { renderer: new UnitRenderer([() => assets.files, ...EMITTERS], createContext(site, assets, rstHtml)), siteKey: JSON.stringify(site) };
  }

  /** Stops the check worker, if any. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#watch?.close();
    this.#watch = undefined;
  }

  // Every rule, unchanged files' file-rule findings reused: in the worker when there is one (and it
  // works), else here, giving the event loop a turn between rules so the server answers the pages
  // that reload meanwhile.
  async #check(repo: Repository, changed: ReadonlySet<string>, bytes: ReadonlyMap<string, Uint8Array>): Promise<CheckResult> {
    if (this.#watch) {
      const result = await this.#watch.check([...changed], bytes, repo.layout).catch(() => undefined);
      if (result) return result;
      this.#watch = undefined;
    }
    const runner = createRunner(repo, this.#checkCache);
    for (const rule of RULES) {
      runner.run(rule);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return runner.finish();
  }
}

const ROOT_FILES = new Set<string>(Object.values(ROOT_DATA_FILES));

function siteOfKey(repo: Repository, options: SiteBuilderOptions): string {
  return JSON.stringify(siteOf(repo.config, options));
}

// Paths of every file a reading knows of (data files and root files).
function knownFiles(repo: Repository): Set<string> {
  const paths = new Set<string>(repo.layout.rootFiles);
  for (const [path] of dataFiles(repo)) paths.add(path);
  return paths;
}

function dataFiles(repo: Repository): Map<string, { file: DataFile; kind: "talk" | "event" }> {
  const files = new Map<string, { file: DataFile; kind: "talk" | "event" }>();
  for (const e of repo.events) if (e.category) files.set(e.category.path, { file: e.category, kind: "event" });
  for (const t of repo.talks) files.set(t.file.path, { file: t.file, kind: "talk" });
  return files;
}

// The bytes of the changed paths that are files now (a path missing from the map was deleted, or is a folder).
function readChanged(root: string, changed: ReadonlySet<string>): Map<string, Uint8Array> {
  const bytes = new Map<string, Uint8Array>();
  for (const p of changed) {
    const path = join(root, p);
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) continue;
    try {
      bytes.set(p, readFileSync(path));
    } catch {
      // Gone between the two calls: deleted.
    }
  }
  return bytes;
}
