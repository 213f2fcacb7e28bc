// Diagnostics: what check, build and fix report about the data, always with file, line and column.

/** How serious a finding is; `off` only appears in configuration, never in a reported diagnostic. */
export type Severity = "error" | "warning";

/** One finding about one place in the data repository. */
export interface Diagnostic {
  /** Stable rule id, e.g. `json-syntax`, `language`, `unique-id`. */
  rule: string;
  severity: Severity;
  /** Path relative to the data root, forward slashes. */
  file: string;
  /** 1-based; 0 when the finding is about the whole file (e.g. its name). */
  line: number;
  column: number;
  message: string;
  /** How to fix it, for a contributor. */
  hint?: string;
}

/** A position inside a file. */
export interface Position {
  line: number;
  column: number;
}

/** Sorts diagnostics by file, line, column, rule and message so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.rule, b.rule) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
