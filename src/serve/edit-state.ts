// Which data files serve is following: the ones edited since they last had errors, whose errors the
// overlay shows, and the unreadable ones that hold the site at its last good version until fixed.

import { FATAL_RULES } from "../check/registry.js";
import type { SiteUpdate } from "../build/site-builder.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { OverlayState } from "./live-reload.js";

/** Files with errors that were edited during this session, and those among them that cannot be read. */
export interface EditState {
  readonly watched: ReadonlySet<string>;
  readonly stuck: ReadonlySet<string>;
}

/** No edit yet: errors the data had when serve started are reported once, not shown as an overlay. */
export const NO_EDITS: EditState = Object.freeze({ watched: new Set<string>(), stuck: new Set<string>() });

/**
 * The data files to hand to `SiteBuilder.update`: the batch plus the files still unreadable, so an
 * unrelated edit does not publish a site from which a half-edited talk has vanished.
 */
export function filesToUpdate(state: EditState, batch: readonly string[]): string[] {
  return [...new Set([...batch, ...state.stuck])].sort();
}

/** The outcome of an update for the people watching. */
export interface EditOutcome {
  state: EditState;
  /** What open pages show: undefined clears the overlay. */
  overlay: OverlayState | undefined;
  /** Every diagnostic (errors and warnings) of the files concerned, for the terminal. */
  diagnostics: Diagnostic[];
}

/** Follows an update of `files` (what `filesToUpdate` returned). */
export function afterUpdate(state: EditState, files: readonly string[], update: SiteUpdate): EditOutcome {
  const concerned = new Set([...state.watched, ...files]);
  const diagnostics = update.diagnostics.filter((d) => concerned.has(d.file));
  const errors = diagnostics.filter((d) => d.severity === "error");
  const watched = new Set(errors.map((d) => d.file));
  const stuck = update.applied ? new Set<string>() : new Set(errors.filter((d) => FATAL_RULES.has(d.rule)).map((d) => d.file));
  const problems = errors.map(({ file, line, column, rule, message, hint }) => (hint === undefined ? { file, line, column, rule, message } : { file, line, column, rule, message, hint }));
  const overlay = problems.length > 0 || !update.applied ? { applied: update.applied, problems } : undefined;
  return { state: { watched, stuck }, overlay, diagnostics };
}
