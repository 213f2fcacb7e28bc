// build(): the whole pipeline, top to bottom — load, check, catalog, emit, output.

import { checkFolder } from "../check/check-folder.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Catalog } from "../model/catalog.js";
import { buildCatalog } from "../catalog/build-catalog.js";
import { buildAssets } from "../emit/assets.js";
import type { OutputStats, Sink } from "../output/output-file.js";
import { createContext } from "./create-context.js";
import { EMITTERS } from "./emitters.js";
import { DEFAULT_BASE_URL, makeSite } from "./site.js";

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
}

/** The outcome: the catalog built, every diagnostic, the files skipped and the output statistics. */
export interface BuildResult {
  catalog: Catalog;
  diagnostics: Diagnostic[];
  /** Undefined when `strict` stopped the build. */
  stats?: OutputStats;
}

/** Errors of these rules make a record unpublishable; other findings are reported, not fatal. */
export const FATAL_RULES = new Set(["json-syntax", "invalid-utf8", "wrong-encoding", "binary-file", "empty-file", "duplicate-key", "schema"]);

/** Builds the site of a data repository. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  progress("reading and checking the data");
  const { repo, result } = await checkFolder(options.data);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const exclude = new Map(errors.filter((d) => FATAL_RULES.has(d.rule)).map((d) => [d.file, `${d.rule}: ${d.message}`]));
  const catalog = buildCatalog(repo, { exclude });
  if (options.strict && errors.length > 0) return { catalog, diagnostics: result.diagnostics };
  const site = makeSite(
    repo.config.siteName ?? "talkdex",
    options.baseUrl ?? repo.config.baseUrl ?? DEFAULT_BASE_URL,
    repo.config.editUrl,
    options.thumbnails ?? repo.config.thumbnails ?? "remote",
  );
  const assets = buildAssets();
  const ctx = createContext(site, assets);
  progress(`rendering ${catalog.talks.length.toLocaleString("en-US")} talks`);
  const files = [...assets.files, ...EMITTERS.flatMap((emit) => emit(catalog, ctx))];
  progress(`writing ${files.length.toLocaleString("en-US")} files`);
  const stats = await options.sink.write(files);
  return { catalog, diagnostics: result.diagnostics, stats };
}
