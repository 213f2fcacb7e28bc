// The schedule import from start to end: parse (JSON or XML), read the event folder, plan, write (or not).

import { applyPlan } from "../apply-plan.js";
import { readEventFolder } from "../event-folder.js";
import type { ImportReport, ImportTarget } from "../import-videos.js";
import { readScheduleXml } from "./frab-xml.js";
import { planSchedule } from "./plan-schedule.js";
import { readScheduleJson } from "./pretalx-json.js";
import type { Schedule } from "./schedule-session.js";

/** Reads a schedule in either format: XML when the text starts with "<", else schedule.json. */
export function readSchedule(text: string, name: string): Schedule {
  const body = text.replace(/^\ufeff/, "").trimStart();
  return body.startsWith("<") ? readScheduleXml(body, name) : readScheduleJson(body, name);
}

/** Merges a schedule into the event's talks. */
export async function importSchedule(schedule: Schedule, target: Pick<ImportTarget, "dataDir" | "event" | "dryRun">): Promise<ImportReport> {
  const folder = await readEventFolder(target.dataDir, target.event);
  const { files, notes } = planSchedule(folder, schedule);
  if (!target.dryRun) await applyPlan(target.dataDir, files);
  return { files, notes };
}
