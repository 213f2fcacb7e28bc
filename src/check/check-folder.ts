// checkFolder: reads and checks a data folder, with the costliest file rules on a second core.

import { availableParallelism } from "node:os";
import type { Layout } from "../load/layout.js";
import { readRepository, type Repository } from "../load/repository.js";
import { checkRepository, createRunner, type CheckResult, type FoundElsewhere } from "./check-repository.js";
import type { FileFinding, FileFindingsCache, FileRule } from "./rule.js";
import { FATAL_RULES, FILE_RULES, RULES } from "./registry.js";
import { compareDiagnostics, type Diagnostic } from "../model/diagnostic.js";
import { EARLY_RULES, startRuleWorker } from "./rule-worker-client.js";

/** Options of `checkFolder`. */
export interface CheckFolderOptions {
  /** Run the rst and schema rules in a worker thread (default: when the machine has more than one core). */
  parallel?: boolean;
  /** Keeps the file rules' findings of every file, for later checks of the same reading. */
  cache?: FileFindingsCache;
  /** Bytes already read and the layout already scanned (see `readRepository`). */
  preread?: ReadonlyMap<string, Uint8Array>;
  layout?: Layout;
  /** Keep the HTML the rst rule renders, by text (for a build that shows the texts). */
  rstHtml?: boolean;
}

/** What `checkFolder` read and found; `rstHtml` when asked for and the rule ran in the worker. */
export interface FolderCheck {
  repo: Repository;
  result: CheckResult;
  /** Page HTML of each ReST text (`renderRst` with PAGE_HEADER_LEVEL), by text. */
  rstHtml?: Map<string, string>;
}

/**
 * A check whose rules deciding what is published have run. `rest` resolves when the worker is done:
 * with the ReST HTML, and `finish`, which runs the main thread's other rules and gives the whole check.
 */
export interface StagedCheck {
  repo: Repository;
  /** The diagnostics of FATAL_RULES (at least), sorted like a check's. */
  fatal: readonly Diagnostic[];
  rest: Promise<{ rstHtml?: Map<string, string>; finish(): CheckResult }>;
}

// The rules the worker runs: the ReST renderer, the JSON Schema validator and the canonical-form
// comparison, the three costliest (the main thread runs the other 25 meanwhile).
const WORKER_RULES = new Set(["rst", "schema", "format"]);

/** Reads `dir` and checks it; the rst, schema and format rules run in a worker while the main thread runs the rest. */
export async function checkFolder(dir: string, options: CheckFolderOptions = {}): Promise<FolderCheck> {
  const staged = await checkFolderStaged(dir, options, false);
  const { rstHtml, finish } = await staged.rest;
  return { repo: staged.repo, result: finish(), ...(rstHtml ? { rstHtml } : {}) };
}

/**
 * `checkFolder` in two steps: it resolves as soon as the errors that keep records out of a site
 * are known, while the worker still renders the ReST texts — a build makes its catalog meanwhile
 * (on the snapshot the main thread otherwise waited ≈ 0.5 s for the worker here). The main
 * thread's rules that decide nothing about publishing run only in `finish` (a build calls it once
 * its pages are rendered, while the last files are written). `schemaFirst` false: the worker runs
 * every rule on each file as it comes (it then answers only when done), and so does this thread.
 */
export async function checkFolderStaged(dir: string, options: CheckFolderOptions = {}, schemaFirst = true): Promise<StagedCheck> {
  const parallel = options.parallel ?? availableParallelism() > 1;
  const worker = parallel ? startRuleWorker() : undefined;
  if (!worker) {
    const repo = await readRepository(dir, { preread: options.preread, layout: options.layout });
    const result = checkRepository(repo, { cache: options.cache });
    return { repo, fatal: result.diagnostics, rest: Promise.resolve({ finish: () => result }) };
  }
  const repo = await readRepository(dir, {
    preread: options.preread,
    layout: options.layout,
    onLayout: (_layout, config) => worker.rules(FILE_RULES.filter((r) => WORKER_RULES.has(r.id) && config.rules[r.id] !== "off").map((r) => r.id), { rstHtml: options.rstHtml, schemaFirst }),
    // Like fileRule: unreadable files and duplicated keys are other rules' business.
    onFile: (file, kind) => {
      if (file.value !== undefined && file.text !== undefined && !file.problems.some((p) => p.rule === "duplicate-key")) worker.add({ path: file.path, kind, text: file.text, rawNumbers: file.rawNumbers });
    },
  }).catch(async (e: unknown) => {
    // A worker waiting for files would keep the process alive.
    await worker.stop();
    throw e;
  });
  const found = worker.finish();
  // The worker's rules in registry order; the early rules' findings come first, the others after.
  const rules = FILE_RULES.filter((r) => WORKER_RULES.has(r.id) && repo.config.rules[r.id] !== "off");
  const runner = createRunner(repo, options.cache);
  const mainRules = RULES.filter((rule) => !WORKER_RULES.has(rule.id));
  const later = schemaFirst ? mainRules.filter((rule) => !FATAL_RULES.has(rule.id)) : [];
  for (const rule of mainRules) if (!later.includes(rule)) runner.run(rule);
  const early = await found.early;
  for (const rule of rules) if (EARLY_RULES.has(rule.id)) runner.emitFound(rule, early);
  const fatal = runner.found().filter((d) => FATAL_RULES.has(d.rule)).sort(compareDiagnostics);
  const rest = found.done.then(({ findings, rstHtml }) => {
    for (const rule of rules) if (!EARLY_RULES.has(rule.id)) runner.emitFound(rule, findings);
    if (options.cache) keepFindings(options.cache, repo, rules, [...early, ...findings]);
    let result: CheckResult | undefined;
    const finish = (): CheckResult => {
      if (!result) {
        for (const rule of later) runner.run(rule);
        result = runner.finish();
      }
      return result;
    };
    return { finish, ...(options.rstHtml && rstHtml.length > 0 ? { rstHtml: new Map(rstHtml) } : {}) };
  });
  // Awaited by the caller when it needs it; a failure meanwhile must not count as unhandled.
  rest.catch(() => {});
  return { repo, fatal, rest };
}

// Files the worker checked get their findings (none included) cached, like a check on this thread would.
function keepFindings(cache: FileFindingsCache, repo: Repository, rules: readonly FileRule[], findings: readonly FoundElsewhere[]): void {
  const byFile = new Map<string, Map<string, FileFinding[]>>();
  for (const { rule, path, ...finding } of findings) {
    let byRule = byFile.get(path);
    if (!byRule) byFile.set(path, (byRule = new Map()));
    const list = byRule.get(rule);
    if (list) list.push(finding);
    else byRule.set(rule, [finding]);
  }
  for (const event of repo.events)
    for (const file of [event.category, ...event.talks.map((t) => t.file)]) {
      if (!file || file.value === undefined || file.text === undefined || file.problems.some((p) => p.rule === "duplicate-key")) continue;
      for (const rule of rules) cache.set(file, rule.id, byFile.get(file.path)?.get(rule.id) ?? []);
    }
}
