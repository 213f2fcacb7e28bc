// The event's category.json: created with its title, dates and URL, or its empty fields filled with --update.

import { parseDate } from "../model/date.js";
import { formatPyvideoJson } from "../output/canonical-json.js";
import type { EventFolder } from "./event-folder.js";
import { fillEmpty } from "./fill-empty.js";
import type { PlannedFile } from "./planned-file.js";

/** What the import knows about the event. */
export interface EventFacts {
  title: string;
  url?: string;
  /** Explicit dates (a schedule's); otherwise they come from the talks' recorded dates. */
  startDate?: string;
  endDate?: string;
}

/** Plans category.json from the event's facts and the recorded dates of all its talks. */
export function planCategory(
  folder: EventFolder,
  facts: EventFacts,
  talks: readonly Record<string, unknown>[],
  options: { update: boolean; datesWin?: boolean },
): PlannedFile {
  const path = `${folder.folder}/category.json`;
  const record: Record<string, unknown> = { title: facts.title };
  const days = talks.map((t) => (typeof t.recorded === "string" ? parseDate(t.recorded)?.iso : undefined)).filter((d): d is string => d !== undefined).sort();
  const start = facts.startDate ?? days[0];
  const end = facts.endDate ?? days[days.length - 1];
  if (start !== undefined && end !== undefined) Object.assign(record, { start_date: start, end_date: end });
  if (facts.url !== undefined) record.url = facts.url;
  const existing = folder.category;
  if (!existing) return { path, outcome: "created", text: formatPyvideoJson(record), detail: `"${facts.title}"` };
  if (!existing.data) return { path, outcome: "skipped", detail: "not readable JSON: left alone (run `talkdex check`)" };
  const { merged, filled } = fillEmpty(existing.data, record);
  // A schedule states the conference's dates; they replace dates guessed from upload days.
  if (options.datesWin && start !== undefined && end !== undefined)
    for (const [key, value] of [["start_date", start], ["end_date", end]] as const)
      if (merged[key] !== value) {
        merged[key] = value;
        if (!filled.includes(key)) filled.push(key);
      }
  if (filled.length === 0) return { path, outcome: "unchanged", detail: "already there" };
  if (!options.update && !options.datesWin) return { path, outcome: "skipped", detail: `exists; --update would fill ${filled.join(", ")}` };
  return { path, outcome: "updated", text: formatPyvideoJson(merged), detail: `set ${filled.sort().join(", ")}` };
}
