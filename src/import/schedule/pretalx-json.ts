// pretalx's and frab's schedule.json (the c3voc schedule format) read into a Schedule.

import { UserError } from "../../model/user-error.js";
import { parseClockDuration } from "../iso-duration.js";
import { safeHttpUrl } from "../imported-talk.js";
import { toIso6393 } from "../language-code.js";
import { scheduleValidator } from "./schedule-schema.js";
import { normaliseStart, type Schedule, type ScheduleSession } from "./schedule-session.js";

type Json = Record<string, unknown>;
const MAX_LISTED = 10;

/** Parses and validates schedule.json text; `name` is the file or URL shown in messages. */
export function readScheduleJson(text: string, name: string): Schedule {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${name}: not JSON (${e instanceof Error ? e.message : String(e)}). Export the schedule as schedule.json from pretalx or frab.`);
  }
  const problems = scheduleValidator()(root);
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED).map((p) => `  ${p.pointer}: ${p.message}`);
    const more = problems.length > MAX_LISTED ? [`  … and ${problems.length - MAX_LISTED} more`] : [];
    throw new UserError(`${name}: not a frab/pretalx schedule.json (${problems.length} problem(s)):\n${[...listed, ...more].join("\n")}\nSee schemas/schedule/schedule.schema.json for the format talkdex reads.`);
  }
  const conference = (root as { schedule: { conference: Json } }).schedule.conference;
  const sessions: ScheduleSession[] = [];
  for (const day of conference.days as Json[])
    for (const events of Object.values(day.rooms as Record<string, Json[]>)) for (const event of events) sessions.push(toSession(event));
  const schedule: Schedule = { title: String(conference.title), sessions };
  const start = dateOf(conference.start);
  const end = dateOf(conference.end);
  if (start !== undefined) schedule.startDate = start;
  if (end !== undefined) schedule.endDate = end;
  const url = safeHttpUrl(conference.url);
  if (url !== undefined) schedule.url = url;
  return schedule;
}

function toSession(e: Json): ScheduleSession {
  const persons = Array.isArray(e.persons) ? (e.persons as Json[]) : [];
  const session: ScheduleSession = {
    id: String(e.guid ?? e.code ?? e.id ?? e.title),
    title: String(e.title).replace(/\s+/g, " ").trim(),
    speakers: persons.map((p) => String(p.public_name ?? p.name ?? "").replace(/\s+/g, " ").trim()).filter((n) => n !== ""),
    abstract: text(e.abstract),
    description: text(e.description),
    doNotRecord: e.do_not_record === true,
  };
  const language = toIso6393(e.language);
  if (language !== undefined) session.language = language;
  const start = normaliseStart(e.date);
  if (start !== undefined) session.start = start;
  const duration = typeof e.duration === "string" ? parseClockDuration(e.duration) : undefined;
  if (duration !== undefined && duration > 0) session.duration = duration;
  if (typeof e.track === "string" && e.track.trim() !== "") session.track = e.track.trim();
  const url = safeHttpUrl(e.url);
  if (url !== undefined) session.url = url;
  return session;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function dateOf(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}
