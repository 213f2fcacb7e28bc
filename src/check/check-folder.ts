// checkFolder: reads and checks a data folder, with the costliest file rules on a second core.

import { availableParallelism } from "node:os";
import type { Layout } from "../load/layout.js";
import { readRepository, type Repository } from "../load/repository.js";
import { checkRepository, createRunner, type CheckResult, type FoundElsewhere } from "./check-repository.js";
import type { FileFinding, FileFindingsCache, FileRule } from "./rule.js";
import { FATAL_RULES, FILE_RULES, mayReportErrors, RULES } from "./registry.js";
import { compareDiagnostics, type Diagnostic } from "../model/diagnostic.js";
import { startRuleWorker } from "./rule-worker-client.js";
import { READING_RULES, startStagedCheck, type StagedCheckWorker } from "./staged-check.js";
import { rstHtmlByText, rstTextIndex, type RstHtml } from "./rules/rst.js";

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

/** Options of `checkFolderStaged`. */
export interface StagedCheckOptions extends Omit<CheckFolderOptions, "cache"> {
  /** Run only the rules that can report an error (`mayReportErrors`): the result holds every error, and the warnings of those rules only. */
  errorsOnly?: boolean;
  /**
   * The staged check's worker, started and handed the bytes in `preread` (and ended) by the caller
   * as it read them — the worker then parses them while the caller reads on. Else one is started here.
   */
  worker?: StagedCheckWorker;
  /** Work for this thread on the folder as read, done while the worker runs the rules that decide what is published. */
  meanwhile?: (repo: Repository) => void;
}

/** What `checkFolder` read and found; `rstHtml` when asked for and the rule ran in the worker. */
export interface FolderCheck {
  repo: Repository;
  result: CheckResult;
  /** Page HTML of each ReST text (`renderRst` with PAGE_HEADER_LEVEL), by text. */
  rstHtml?: RstHtml;
}

/**
 * A check whose rules deciding what is published have run. `rest` resolves when the ReST texts are
 * rendered (with their HTML when asked for), `result` when every rule has run.
 */
export interface StagedCheck {
  /** The folder as read: with a worker, each file's value and reading problems only (`valuesOnly`). */
  repo: Repository;
  /** The diagnostics of FATAL_RULES (at least), sorted like a check's. */
  fatal: readonly Diagnostic[];
  rest: Promise<{ rstHtml?: RstHtml }>;
  /** The whole check. */
  result: Promise<CheckResult>;
}

// The rules the text worker runs: the ReST renderer, the JSON Schema validator and the canonical-form
// comparison, the three costliest (the main thread runs the other 25 meanwhile).
const WORKER_RULES = new Set(["rst", "schema", "format"]);

/** Reads `dir` and checks it; the rst, schema and format rules run in a worker while the main thread runs the rest. */
export async function checkFolder(dir: string, options: CheckFolderOptions = {}): Promise<FolderCheck> {
  const parallel = options.parallel ?? availableParallelism() > 1;
  const worker = parallel ? startRuleWorker() : undefined;
  if (!worker) {
    const repo = await readRepository(dir, { preread: options.preread, layout: options.layout });
    return { repo, result: checkRepository(repo, { cache: options.cache }) };
  }
  const repo = await readRepository(dir, {
    preread: options.preread,
    layout: options.layout,
    onLayout: (_layout, config) => worker.rules(FILE_RULES.filter((r) => WORKER_RULES.has(r.id) && config.rules[r.id] !== "off").map((r) => r.id), { rstHtml: options.rstHtml }),
    // Like fileRule: unreadable files and duplicated keys are other rules' business.
    onFile: (file, kind) => {
      if (file.value !== undefined && file.text !== undefined && !file.problems.some((p) => p.rule === "duplicate-key")) worker.add({ path: file.path, kind, text: file.text, rawNumbers: file.rawNumbers });
    },
  }).catch(async (e: unknown) => {
    // A worker waiting for files would keep the process alive.
    await worker.stop();
    throw e;
  });
  const done = worker.finish();
  const runner = createRunner(repo, options.cache);
  for (const rule of RULES) if (!WORKER_RULES.has(rule.id)) runner.run(rule);
  const { findings, rstHtml } = await done;
  // The worker's rules in registry order.
  const rules = FILE_RULES.filter((r) => WORKER_RULES.has(r.id) && repo.config.rules[r.id] !== "off");
  for (const rule of rules) runner.emitFound(rule, findings);
  if (options.cache) keepFindings(options.cache, repo, rules, findings);
  return { repo, result: runner.finish(), ...(options.rstHtml && rstHtml.keys.length > 0 ? { rstHtml: rstHtmlByText(rstHtml, rstTextIndex(repo)) } : {}) };
}

/**
 * `checkFolder` for a build, in stages: it resolves as soon as the errors that keep records out of
 * a site are known, and a worker (see staged-check.ts), reading the same bytes, runs every rule but
 * the reading problems meanwhile — schema first, then the ReST texts (`rest`: a build renders its
 * first files and makes its catalog while they are rendered), then the rules whose findings only
 * go into the report (`result`, awaited after the pages are rendered: on the snapshot they took
 * ≈ 0.6 s at the end of a build when this thread ran them).
 */
export async function checkFolderStaged(dir: string, options: StagedCheckOptions = {}): Promise<StagedCheck> {
  const parallel = options.parallel ?? availableParallelism() > 1;
  if (!parallel) {
    const repo = await readRepository(dir, { preread: options.preread, layout: options.layout });
    const result = checkRepository(repo, options.errorsOnly ? { rules: RULES.filter((r) => mayReportErrors(r, repo.config.rules)) } : {});
    return { repo, fatal: result.diagnostics, rest: Promise.resolve({}), result: Promise.resolve(result) };
  }
  let worker = options.worker;
  if (!worker) {
    worker = startStagedCheck({ root: dir, rstHtml: options.rstHtml, errorsOnly: options.errorsOnly });
    for (const [path, bytes] of options.preread ?? []) worker.add(path, bytes);
    worker.end(options.layout);
  }
  const stop = worker.stop;
  // Only the reading problems' rules run on this reading (their positions come from the parse):
  // the files' texts are not kept.
  const repo = await readRepository(dir, { preread: options.preread, layout: options.layout, valuesOnly: true }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  const reading = createRunner(repo);
  for (const rule of READING_RULES) reading.run(rule);
  // The worker's ReST HTML comes by file and field: the texts are this reading's.
  const rstTexts = options.rstHtml ? rstTextIndex(repo) : undefined;
  // The worker runs every other rule: from here on only its diagnostics are added, and the
  // repository (every file's text and value) can go once the caller has made its catalog.
  const runner = reading.detach();
  options.meanwhile?.(repo);
  runner.add(await worker.fatal);
  const fatal = runner.found().filter((d) => FATAL_RULES.has(d.rule)).sort(compareDiagnostics);
  const rest = worker.rendered.then(({ diagnostics, rstHtml }) => {
    runner.add(diagnostics);
    return rstTexts && rstHtml.keys.length > 0 ? { rstHtml: rstHtmlByText(rstHtml, rstTexts) } : {};
  });
  const result = Promise.all([rest, worker.late]).then(([, late]) => {
    runner.add(late);
    return runner.finish();
  });
  // Awaited by the caller when it needs them; a failure meanwhile must not count as unhandled.
  rest.catch(() => {});
  result.catch(() => {});
  return { repo, fatal, rest, result };
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
