// The search index of a data repository, built in memory and opened with the same engine the
// search page runs, for tests and benchmarks in Node.

import { expandUnits } from "../../src/build/context.js";
import { makeSite } from "../../src/build/site.js";
import { createContext } from "../../src/build/create-context.js";
import { buildCatalog } from "../../src/catalog/build-catalog.js";
import { checkFolder } from "../../src/check/check-folder.js";
import { FATAL_RULES } from "../../src/check/registry.js";
import type { Catalog } from "../../src/model/catalog.js";
import { searchIndex } from "../../src/search/build-index.js";
import { openEngine, type SearchEngine } from "../../src/search/engine.js";

/** An opened in-memory index and what it was built from. */
export interface MemoryIndex {
  readonly catalog: Catalog;
  readonly engine: SearchEngine;
  /** Site path → content of every index file. */
  readonly files: ReadonlyMap<string, string>;
  /** Time the emitter took, in ms (wall clock, and CPU: user + system). */
  readonly buildMs: number;
  readonly buildCpuMs: number;
}

// The rules whose errors keep a record out of the catalog, as in src/build/build.ts.

/** Loads `dataDir`, builds its search index into memory and opens it. */
export async function memoryIndex(dataDir: string): Promise<MemoryIndex> {
  const { repo, result } = await checkFolder(dataDir);
  const exclude = new Map(result.diagnostics.filter((d) => d.severity === "error" && FATAL_RULES.has(d.rule)).map((d) => [d.file, d.rule]));
  const catalog = buildCatalog(repo, { exclude });
  const site = makeSite("talkdex", "https://talks.example.org/");
  const ctx = createContext(site, { files: [], css: "assets/site.css", js: "assets/talkdex.js" });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const output = [...expandUnits(searchIndex(catalog, ctx), catalog)];
  const buildMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const files = new Map(output.map((f) => [f.path, String(f.content)]));
  const engine = await openEngine(async (file) => {
    const text = files.get(`search/${file}`);
    if (text === undefined) throw new Error(`the index has no file search/${file}`);
    return JSON.parse(text) as unknown;
  });
  return { catalog, engine, files, buildMs, buildCpuMs: (used.user + used.system) / 1000 };
}
