// The schedule import's plan: sessions matched to the event's talks, merged; everything else reported.

import { talkSlug } from "../../model/slug.js";
import { UserError } from "../../model/user-error.js";
import { formatPyvideoJson } from "../../output/canonical-json.js";
import type { EventFolder, ExistingTalk } from "../event-folder.js";
import { matchSessions, type MatchResult } from "../fuzzy-match.js";
import { planCategory } from "../plan-category.js";
import type { PlannedFile } from "../planned-file.js";
import { uniqueBase } from "../talk-file-name.js";
import { applySession } from "./apply-session.js";
import type { Schedule, ScheduleSession } from "./schedule-session.js";

/** What merging a schedule does: files, and the sessions and talks that need a person's eye. */
export interface SchedulePlan {
  files: PlannedFile[];
  notes: string[];
}

/** Plans the merge of `schedule` into the event's talks; sessions never create talks. */
export function planSchedule(folder: EventFolder, schedule: Schedule): SchedulePlan {
  const talks = folder.talks.filter((t): t is ExistingTalk & { data: Record<string, unknown> } => t.data !== undefined);
  if (talks.length === 0)
    throw new UserError(`talkdex import schedule: ${folder.folder}/videos/ has no talks yet. Import the recordings first (talkdex import youtube|peertube|vimeo … --event ${folder.folder}), then merge the schedule.`);
  const notes: string[] = [];
  const skippedFiles = folder.talks.filter((t) => t.data === undefined).map((t): PlannedFile => ({ path: t.path, outcome: "skipped", detail: "not readable JSON: left alone (run `talkdex check`)" }));
  const optedOut = schedule.sessions.filter((s) => s.doNotRecord);
  if (optedOut.length > 0) notes.push(`${optedOut.length} session(s) marked do_not_record: nothing created for them`);
  const sessions = schedule.sessions.filter((s) => !s.doNotRecord);
  const match = pairSessions(sessions, talks);
  const label = (s: ScheduleSession | undefined) => (s ? `"${s.title}" (${s.id})` : "?");
  for (const a of match.ambiguous) {
    const session = label(sessions[a.session]);
    if (a.talks.length > 1) notes.push(`ambiguous: session ${session} fits ${a.talks.map((t) => talks[t]?.path).join(" and ")} equally well; not merged`);
    else notes.push(`ambiguous: ${talks[a.talks[0] ?? -1]?.path} fits sessions ${a.sessions.map((s) => label(sessions[s])).join(" and ")} equally well; not merged`);
  }
  for (const s of match.unmatchedSessions) notes.push(`session ${label(sessions[s])} matches no recorded talk: nothing created`);
  for (const t of match.unmatchedTalks) notes.push(`${talks[t]?.path} ("${str(talks[t]?.data.title)}") matches no session: left as it is`);
  const records = new Map(talks.map((t) => [t, t.data]));
  const changes = new Map<ExistingTalk, string[]>();
  for (const [s, t] of match.pairs) {
    const talk = talks[t];
    const session = sessions[s];
    if (!talk || !session) continue;
    const { merged, changed } = applySession(talk.data, session);
    records.set(talk, merged);
    changes.set(talk, changed);
  }
  keepSlugsUnique(records, changes);
  const files: PlannedFile[] = [...skippedFiles];
  for (const talk of talks) {
    const changed = changes.get(talk);
    if (changed === undefined) continue;
    const record = records.get(talk) ?? talk.data;
    files.push(
      changed.length === 0
        ? { path: talk.path, outcome: "unchanged", detail: "already merged" }
        : { path: talk.path, outcome: "updated", text: formatPyvideoJson(record), detail: `from the schedule: ${changed.join(", ")}` },
    );
  }
  const title = str(folder.category?.data?.title) || schedule.title;
  const facts = { title, ...opt("url", schedule.url), ...opt("startDate", schedule.startDate), ...opt("endDate", schedule.endDate) };
  const category = planCategory(folder, facts, [...records.values()], { update: true, datesWin: schedule.startDate !== undefined && schedule.endDate !== undefined });
  return { files: [category, ...files], notes: [...new Set(notes)] };
}

// A talk that links a session's page was merged with it before: that pair holds even after a person
// retitled the talk. The others are matched by title and speakers.
function pairSessions(sessions: readonly ScheduleSession[], talks: readonly (ExistingTalk & { data: Record<string, unknown> })[]): MatchResult {
  const talkByLink = new Map<string, number>();
  talks.forEach((t, i) => {
    for (const link of Array.isArray(t.data.related_urls) ? t.data.related_urls : []) {
      const url = typeof link === "string" ? link : typeof link === "object" && link !== null ? (link as { url?: unknown }).url : undefined;
      if (typeof url === "string" && !talkByLink.has(url)) talkByLink.set(url, i);
    }
  });
  const linked = new Map<number, number>();
  const linkedTalks = new Set<number>();
  sessions.forEach((session, i) => {
    const t = session.url === undefined ? undefined : talkByLink.get(session.url);
    if (t !== undefined && !linkedTalks.has(t)) {
      linked.set(i, t);
      linkedTalks.add(t);
    }
  });
  const restS = sessions.map((_, i) => i).filter((i) => !linked.has(i));
  const restT = talks.map((_, i) => i).filter((i) => !linkedTalks.has(i));
  const fuzzy = matchSessions(
    restS.map((i) => sessions[i] as ScheduleSession),
    restT.map((i) => ({ title: str(talks[i]?.data.title), speakers: names(talks[i]?.data.speakers) })),
  );
  const s = (i: number) => restS[i] ?? -1;
  const t = (i: number) => restT[i] ?? -1;
  return {
    pairs: new Map([...linked, ...[...fuzzy.pairs].map(([a, b]): [number, number] => [s(a), t(b)])]),
    ambiguous: fuzzy.ambiguous.map((a) => ({ session: s(a.session), talks: a.talks.map(t), sessions: a.sessions.map(s) })),
    unmatchedSessions: fuzzy.unmatchedSessions.map(s),
    unmatchedTalks: fuzzy.unmatchedTalks.map(t),
  };
}

// A title from the schedule may take another talk's page URL; that talk keeps its file name as its slug.
function keepSlugsUnique(records: Map<ExistingTalk, Record<string, unknown>>, changes: Map<ExistingTalk, string[]>): void {
  const owners = new Map<string, ExistingTalk[]>();
  for (const [talk, record] of records) owners.set(talkSlug(record), [...(owners.get(talkSlug(record)) ?? []), talk]);
  const taken = new Set(owners.keys());
  for (const list of owners.values()) {
    if (list.length < 2) continue;
    const movers = list.filter((t) => changes.get(t)?.includes("title"));
    // When every holder got the slug from the schedule, the first keeps it.
    for (const talk of movers.length === list.length ? movers.slice(1) : movers) {
      const slug = uniqueBase(talk.base, taken);
      taken.add(slug);
      records.set(talk, { ...records.get(talk), slug });
      changes.set(talk, [...(changes.get(talk) ?? []), "slug"].sort());
    }
  }
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

function names(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((n): n is string => typeof n === "string") : [];
}

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
