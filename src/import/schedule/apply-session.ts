// One schedule session merged into one talk record: the schedule wins for what it knows better than a
// video platform (title, speakers, language, start time) and only fills what the talk leaves empty.
// After the first merge (the talk links the session's page) it only fills, so human edits survive re-runs.

import { isEmptyValue } from "../fill-empty.js";
import { safeDescription } from "../safe-description.js";
import type { ScheduleSession } from "./schedule-session.js";

/** pyvideo/data's label for a talk's page on the conference schedule. */
export const SCHEDULE_LINK_LABEL = "Talk schedule";

/** The merged record and the names of the fields that changed (sorted). */
export function applySession(data: Readonly<Record<string, unknown>>, session: ScheduleSession): { merged: Record<string, unknown>; changed: string[] } {
  const merged: Record<string, unknown> = { ...data };
  const changed = new Set<string>();
  const set = (key: string, value: unknown): void => {
    if (JSON.stringify(merged[key]) === JSON.stringify(value)) return;
    merged[key] = value;
    changed.add(key);
  };
  // A talk that already links this session's page was merged before: what differs now is a person's
  // edit, which stays; the schedule then only fills what is empty.
  const links = Array.isArray(data.related_urls) ? data.related_urls : [];
  const mergedBefore = session.url !== undefined && links.some((l) => linkUrl(l) === session.url);
  const win = (key: string, value: unknown): void => {
    if (!mergedBefore || isEmptyValue(merged[key])) set(key, value);
  };
  win("title", session.title);
  if (session.speakers.length > 0) win("speakers", [...new Set(session.speakers)]);
  if (session.language !== undefined) win("language", session.language);
  if (session.start !== undefined) win("recorded", session.start);
  const description = [session.abstract, session.description].filter((t, i, all) => t !== "" && all.indexOf(t) === i).join("\n\n");
  if (isEmptyValue(merged.description) && description !== "") set("description", safeDescription(description));
  if (isEmptyValue(merged.duration) && session.duration !== undefined) set("duration", session.duration);
  if (session.track !== undefined) {
    const tags = Array.isArray(merged.tags) ? merged.tags : [];
    const known = tags.some((t) => typeof t === "string" && t.toLowerCase() === session.track?.toLowerCase());
    if (!known) set("tags", [...tags, session.track]);
  }
  if (session.url !== undefined && !mergedBefore) set("related_urls", [...links, { label: SCHEDULE_LINK_LABEL, url: session.url }]);
  return { merged, changed: [...changed].sort() };
}

function linkUrl(link: unknown): unknown {
  return typeof link === "object" && link !== null ? (link as { url?: unknown }).url : link;
}
