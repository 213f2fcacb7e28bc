// frab's and pentabarf's schedule.xml read into a Schedule; the one module that reaches fast-xml-parser.

import { XMLParser } from "fast-xml-parser";
import { UserError } from "../../model/user-error.js";
import { parseClockDuration } from "../iso-duration.js";
import { safeHttpUrl } from "../imported-talk.js";
import { toIso6393 } from "../language-code.js";
import { normaliseStart, type Schedule, type ScheduleSession } from "./schedule-session.js";

type Node = Record<string, unknown>;
const LISTS = new Set(["day", "room", "event", "person", "link"]);

/** Parses schedule.xml text; `name` is the file or URL shown in messages. */
export function readScheduleXml(text: string, name: string): Schedule {
  // Entity declarations are how XML documents blow up ("billion laughs"); schedules never need them.
  if (/<!ENTITY/i.test(text)) throw new UserError(`${name}: the XML declares entities, which talkdex does not read. Export the schedule again from frab or pentabarf.`);
  let root: Node;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      processEntities: true,
      htmlEntities: false,
      isArray: (tag) => LISTS.has(tag),
    });
    root = parser.parse(text, true) as Node;
  } catch (e) {
    throw new UserError(`${name}: not well-formed XML (${e instanceof Error ? e.message.split("\n")[0] : String(e)}).`);
  }
  const schedule = root.schedule;
  if (!isNode(schedule) || !isNode(schedule.conference))
    throw new UserError(`${name}: not a frab/pentabarf schedule.xml (expected <schedule> with <conference> and <day> elements).`);
  const conference = schedule.conference;
  const sessions: ScheduleSession[] = [];
  for (const day of nodes(schedule.day))
    for (const room of nodes(day.room)) for (const event of nodes(room.event)) sessions.push(toSession(event, textOf(day["@date"])));
  const result: Schedule = { title: textOf(conference.title) || "Untitled conference", sessions };
  const start = dateOf(textOf(conference.start));
  const end = dateOf(textOf(conference.end));
  if (start !== undefined) result.startDate = start;
  if (end !== undefined) result.endDate = end;
  const url = safeHttpUrl(textOf(conference.url)) ?? safeHttpUrl(textOf(conference.base_url));
  if (url !== undefined) result.url = url;
  return result;
}

function toSession(e: Node, dayDate: string): ScheduleSession {
  const persons = isNode(e.persons) ? nodes(e.persons.person) : [];
  const recording = isNode(e.recording) ? e.recording : {};
  const session: ScheduleSession = {
    id: textOf(e["@guid"]) || textOf(e["@id"]) || textOf(e.title),
    title: textOf(e.title).replace(/\s+/g, " "),
    speakers: persons.map((p) => textOf(p).replace(/\s+/g, " ")).filter((n) => n !== ""),
    abstract: textOf(e.abstract),
    description: textOf(e.description),
    doNotRecord: textOf(recording.optout) === "true",
  };
  const language = toIso6393(textOf(e.language));
  if (language !== undefined) session.language = language;
  // pentabarf has no <date>: the day's date and the local start time, without an offset.
  const clock = /^(\d{1,2}):(\d{2})$/.exec(textOf(e.start));
  const start = normaliseStart(textOf(e.date)) ??
    (clock && /^\d{4}-\d{2}-\d{2}$/.test(dayDate) ? `${dayDate}T${(clock[1] ?? "").padStart(2, "0")}:${clock[2]}:00` : undefined);
  if (start !== undefined) session.start = start;
  const duration = parseClockDuration(textOf(e.duration));
  if (duration !== undefined && duration > 0) session.duration = duration;
  const track = textOf(e.track);
  if (track !== "") session.track = track;
  const url = safeHttpUrl(textOf(e.url));
  if (url !== undefined) session.url = url;
  return session;
}

function isNode(v: unknown): v is Node {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function nodes(v: unknown): Node[] {
  return Array.isArray(v) ? v.filter(isNode) : isNode(v) ? [v] : [];
}

// Elements with attributes come back as objects with their text under "#text".
function textOf(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isNode(v)) return textOf(v["#text"]);
  return "";
}

function dateOf(value: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}
