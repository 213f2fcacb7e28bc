// The shape of a check rule and the context every rule reads.

import type { Diagnostic, Severity } from "../model/diagnostic.js";
import type { DataFile } from "../load/data-file.js";
import type { JsonPath } from "../load/json-parse.js";
import type { RawEvent, RawTalk, Repository } from "../load/repository.js";

/** What a rule reports: the runner adds the rule id, the severity and the position. */
export interface Finding {
  /** File relative to the data root; positions come from `at` when the file is a DataFile. */
  file: DataFile | string;
  /** JSON path of the value concerned (or a line number for text files). */
  at?: JsonPath | { line: number; column: number };
  /** Point at the key rather than the value. */
  key?: boolean;
  message: string;
  hint?: string;
  /** Overrides the rule's default severity for this finding (e.g. a softer case). */
  severity?: Severity;
}

/** Derived facts shared by several rules, computed once per check. */
export interface CheckFacts {
  /** Slug of each event folder (pyvideo: slugified category title). */
  eventSlug: ReadonlyMap<string, string>;
  /** URL slug of each talk (slug field, else slugified title). */
  talkSlug: ReadonlyMap<RawTalk, string>;
  /** Talks whose JSON parsed to an object. */
  talks: readonly { talk: RawTalk; data: Record<string, unknown> }[];
  /** Events whose category.json parsed to an object. */
  events: readonly { event: RawEvent; data: Record<string, unknown> }[];
  /** What decoding and parsing found in every JSON file (one list, read by the read-problem rules). */
  readProblems: readonly Diagnostic[];
}

/** Everything a rule may read. */
export interface CheckContext {
  repo: Repository;
  facts: CheckFacts;
  /** Ids of every rule, for validating talkdex.json's "rules". */
  ruleIds: ReadonlySet<string>;
  /** File rules' findings kept between checks of the same files (see `FileFindingsCache`). */
  cache?: FileFindingsCache;
}

/**
 * What file rules found in each file, by the file read (a file read again is checked again): a
 * check after a few files changed runs the file rules on those files only.
 */
export class FileFindingsCache {
  readonly #byFile = new WeakMap<DataFile, Map<string, FileFinding[]>>();

  get(file: DataFile, rule: string): FileFinding[] | undefined {
    return this.#byFile.get(file)?.get(rule);
  }

  set(file: DataFile, rule: string, findings: FileFinding[]): void {
    let byRule = this.#byFile.get(file);
    if (!byRule) this.#byFile.set(file, (byRule = new Map()));
    byRule.set(rule, findings);
  }
}

/** One check rule: an id, a default severity, a one-line description, and its logic. */
export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  /** Whether `talkdex fix` repairs what this rule reports. */
  fixable?: boolean;
  /** Some findings are errors whatever `severity` says (a check that wants errors only must run it). */
  errorFindings?: boolean;
  run(ctx: CheckContext, report: (finding: Finding) => void): void;
}

/** What a file rule sees of one file: its path, parsed value, text and number tokens. */
export interface FileInput {
  path: string;
  kind: "talk" | "event";
  value: unknown;
  text: string;
  rawNumbers: readonly { path: JsonPath; raw: string }[];
}

/** A finding of a file rule; the file is implied. */
export type FileFinding = Omit<Finding, "file">;

/** A rule that looks at one parsed file at a time, so it can also run in a worker thread. */
export interface FileRule extends Rule {
  checkFile(file: FileInput): FileFinding[];
  /**
   * `checkFile` reads the file's kind and value, never its text: it is handed an empty text, and
   * runs on a reading that kept no texts too (see `valuesOnly` in load/data-file.ts).
   */
  valuesOnly?: boolean;
}

/** Makes a FileRule whose `run` applies `checkFile` to every readable talk and event file. */
export function fileRule(rule: Omit<FileRule, "run">): FileRule {
  return {
    ...rule,
    run({ repo, cache }, report) {
      for (const event of repo.events) {
        const files: [DataFile | undefined, FileInput["kind"]][] = [[event.category, "event"], ...event.talks.map((t): [DataFile, "talk"] => [t.file, "talk"])];
        for (const [file, kind] of files) {
          // A file with a duplicated key is reported by its own rule; its value is not what its author meant.
          if (!file || file.value === undefined || file.problems.some((p) => p.rule === "duplicate-key")) continue;
          let findings = cache?.get(file, rule.id);
          if (!findings) {
            // Asked for once: a values-only reading decodes a file's text again on each request.
            const text = rule.valuesOnly ? "" : file.text;
            if (text === undefined) continue;
            findings = rule.checkFile({ path: file.path, kind, value: file.value, text, rawNumbers: file.rawNumbers });
            cache?.set(file, rule.id, findings);
          }
          for (const finding of findings) report({ file, ...finding });
        }
      }
    },
  };
}
