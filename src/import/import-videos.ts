// The video import from start to end: read the event folder, plan talks and category.json, write (or not).

import { readEventFolder } from "./event-folder.js";
import { applyPlan } from "./apply-plan.js";
import { planCategory } from "./plan-category.js";
import { planTalks } from "./plan-talks.js";
import type { PlannedFile } from "./planned-file.js";
import type { SourceResult } from "./sources/source-result.js";

/** Where and how to import. */
export interface ImportTarget {
  dataDir: string;
  /** The event's folder name. */
  event: string;
  update: boolean;
  dryRun: boolean;
  /** The event's title for a new category.json (default: the playlist's title, else the folder name). */
  eventTitle?: string;
  /** The event's web site for category.json (a playlist's page is not one, so there is no default). */
  eventUrl?: string;
}

/** What an import did (or, on a dry run, would do). */
export interface ImportReport {
  files: PlannedFile[];
  notes: string[];
}

/** Imports a source's talks into the event folder. */
export async function importVideos(source: SourceResult, target: ImportTarget): Promise<ImportReport> {
  const folder = await readEventFolder(target.dataDir, target.event);
  const talks = planTalks(folder, source.talks, { update: target.update });
  const title = target.eventTitle ?? stringField(folder.category?.data, "title") ?? source.title ?? target.event;
  const category = planCategory(folder, { title, ...(target.eventUrl === undefined ? {} : { url: target.eventUrl }) }, talks.records, { update: target.update });
  const files = [category, ...talks.files];
  if (!target.dryRun) await applyPlan(target.dataDir, files);
  return { files, notes: source.notes };
}

function stringField(data: Record<string, unknown> | undefined, key: string): string | undefined {
  const v = data?.[key];
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}
