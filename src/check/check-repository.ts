// checkRepository: runs every rule over a read repository and returns sorted diagnostics and a summary.

import { compareDiagnostics, type Diagnostic, type Severity } from "../model/diagnostic.js";
import { eventSlug, talkSlug } from "../model/slug.js";
import type { Repository } from "../load/repository.js";
import { RULES } from "./registry.js";
import type { CheckFacts, FileFinding, FileFindingsCache, FileInput, FileRule, Finding, Rule } from "./rule.js";
import type { RepoConfig } from "../load/config.js";

/** A file rule's finding made elsewhere (a worker thread), with its rule id and file path. */
export type FoundElsewhere = FileFinding & { rule: string; path: string };
import { isRecord } from "./rules/fields.js";
import { allDataFiles } from "./rules/read-problems.js";
import type { DataFile } from "../load/data-file.js";

/** Counts printed after a check. */
export interface CheckSummary {
  files: number;
  events: number;
  talks: number;
  errors: number;
  warnings: number;
}

/** The outcome of `talkdex check`. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  summary: CheckSummary;
}

/** Options of a check run. */
export interface CheckOptions {
  /** Rules to run (default: all built-in rules). */
  rules?: readonly Rule[];
  /** File rules' findings of an earlier check; filled with this check's. */
  cache?: FileFindingsCache;
}

/** Runs the rules, applies the repository's severity overrides, and sorts the findings. */
export function checkRepository(repo: Repository, options: CheckOptions = {}): CheckResult {
  const runner = createRunner(repo, options.cache);
  for (const rule of options.rules ?? RULES) runner.run(rule);
  return runner.finish();
}

/** Runs rules one by one (or takes their findings from elsewhere), then sorts and counts. */
export interface CheckRunner {
  run(rule: Rule): void;
  /** Reports findings a worker made for `rule` (positions are computed here, from the main thread's files). */
  emitFound(rule: Rule, findings: readonly FoundElsewhere[]): void;
  /** Adds diagnostics a worker made whole, from its own reading of the same bytes (rule settings applied there). */
  add(diagnostics: readonly Diagnostic[]): void;
  /** The diagnostics so far, in the order found. */
  found(): readonly Diagnostic[];
  /**
   * Runs no more rules: what is left takes only diagnostics (`add`) and counts, and the runner lets go
   * of the repository (a build's check keeps its runner to the end, the repository only until then).
   */
  detach(): Pick<CheckRunner, "add" | "found" | "finish">;
  finish(): CheckResult;
}

/** A runner over one repository; facts are computed once, when a rule first needs them. */
export function createRunner(repo: Repository, cache?: FileFindingsCache): CheckRunner {
  const facts = computeFacts(repo);
  const ruleIds = new Set(RULES.map((r) => r.id));
  const diagnostics: Diagnostic[] = [];
  const end = detachedRunner(diagnostics, counts(repo));
  let filesByPath: Map<string, DataFile> | undefined;
  const emitter = (rule: Rule): ((finding: Finding) => void) | undefined => {
    const setting = repo.config.rules[rule.id];
    if (setting === "off") return undefined;
    return (finding) => diagnostics.push(toDiagnostic(rule.id, setting ?? finding.severity ?? rule.severity, finding));
  };
  return {
    run(rule) {
      const emit = emitter(rule);
      if (emit) rule.run({ repo, facts, ruleIds, cache }, emit);
    },
    emitFound(rule, findings) {
      const emit = emitter(rule);
      if (!emit) return;
      if (!filesByPath) {
        filesByPath = new Map();
        for (const e of repo.events) for (const f of [e.category, ...e.talks.map((t) => t.file)]) if (f) filesByPath.set(f.path, f);
      }
      for (const { rule: id, path, ...finding } of findings) if (id === rule.id) emit({ ...finding, file: filesByPath.get(path) ?? path });
    },
    ...end,
    detach: () => end,
  };
}

type Counts = Pick<CheckSummary, "files" | "events" | "talks">;

function counts(repo: Repository): Counts {
  const files = repo.events.reduce((n, e) => n + e.talks.length + (e.category ? 1 : 0), 0);
  return { files, events: repo.events.length, talks: repo.talks.length };
}

// The end of a runner: diagnostics and the repository's counts, nothing else of it.
function detachedRunner(diagnostics: Diagnostic[], { files, events, talks }: Counts): Pick<CheckRunner, "add" | "found" | "finish"> {
  return {
    add(found) {
      for (const d of found) diagnostics.push(d);
    },
    found: () => diagnostics,
    finish() {
      diagnostics.sort(compareDiagnostics);
      const errors = diagnostics.filter((d) => d.severity === "error").length;
      return { diagnostics, summary: { files, events, talks, errors, warnings: diagnostics.length - errors } };
    },
  };
}

/**
 * The diagnostics of one file on its own, with the repository's rule settings: what reading it found
 * (encoding, syntax, duplicate keys) and what the given file rules report.
 */
export function checkOneFile(config: RepoConfig, file: DataFile, kind: FileInput["kind"], rules: readonly FileRule[], cache?: FileFindingsCache): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of file.problems) {
    const setting = config.rules[p.rule];
    if (setting !== "off") out.push(setting ? { ...p, severity: setting } : p);
  }
  if (file.value === undefined || file.text === undefined || file.problems.some((p) => p.rule === "duplicate-key")) return out;
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting === "off") continue;
    let findings = cache?.get(file, rule.id);
    if (!findings) {
      findings = rule.checkFile({ path: file.path, kind, value: file.value, text: file.text, rawNumbers: file.rawNumbers });
      cache?.set(file, rule.id, findings);
    }
    for (const f of findings) out.push(toDiagnostic(rule.id, setting ?? f.severity ?? rule.severity, { ...f, file }));
  }
  return out;
}

function toDiagnostic(rule: string, severity: Severity, f: Finding): Diagnostic {
  const file = typeof f.file === "string" ? f.file : f.file.path;
  let pos = { line: 0, column: 0 };
  if (f.at && !Array.isArray(f.at)) pos = f.at as { line: number; column: number };
  else if (Array.isArray(f.at) && typeof f.file !== "string") pos = f.key ? f.file.locateKey(f.at) : f.file.locate(f.at);
  return { rule, severity, file, line: pos.line, column: pos.column, message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
}

/**
 * Slugs and parsed records shared by the rules, each part worked out when a rule first reads it (a
 * build's main thread runs only the reading-problem rules, which need no slugs).
 */
export function computeFacts(repo: Repository): CheckFacts {
  let records: Omit<CheckFacts, "readProblems"> | undefined;
  let readProblems: readonly Diagnostic[] | undefined;
  const recordsOf = (): Omit<CheckFacts, "readProblems"> => (records ??= recordFacts(repo));
  return {
    get eventSlug() {
      return recordsOf().eventSlug;
    },
    get talkSlug() {
      return recordsOf().talkSlug;
    },
    get talks() {
      return recordsOf().talks;
    },
    get events() {
      return recordsOf().events;
    },
    get readProblems() {
      return (readProblems ??= allDataFiles(repo).flatMap((f) => f.problems));
    },
  };
}

function recordFacts(repo: Repository): Omit<CheckFacts, "readProblems"> {
  const eventSlugs = new Map<string, string>();
  const events: CheckFacts["events"][number][] = [];
  for (const event of repo.events) {
    const value = event.category?.value;
    const data = isRecord(value) ? value : undefined;
    eventSlugs.set(event.folder, eventSlug(event.folder, data?.title));
    if (data) events.push({ event, data });
  }
  const talkSlugs = new Map<CheckFacts["talks"][number]["talk"], string>();
  const talks: CheckFacts["talks"][number][] = [];
  for (const talk of repo.talks) {
    const value = talk.file.value;
    if (!isRecord(value)) continue;
    talks.push({ talk, data: value });
    talkSlugs.set(talk, talkSlug(value));
  }
  return { eventSlug: eventSlugs, talkSlug: talkSlugs, talks, events };
}
