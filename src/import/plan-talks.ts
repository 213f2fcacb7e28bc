// Decides, for each imported talk, whether it is new, already there, or fills an existing talk's empty fields.

import { talkSlug, slugify } from "../model/slug.js";
import { videoKey } from "../model/video.js";
import { formatPyvideoJson } from "../output/canonical-json.js";
import type { EventFolder, ExistingTalk } from "./event-folder.js";
import { fillEmpty } from "./fill-empty.js";
import { toTalkRecord, type ImportedTalk } from "./imported-talk.js";
import type { PlannedFile } from "./planned-file.js";
import { fileBaseFor, uniqueBase } from "./talk-file-name.js";

/** Options of a plan. */
export interface PlanOptions {
  /** Fill empty fields of talks that already exist (otherwise they are left alone and reported). */
  update: boolean;
}

/** The plan for the talk files, and every talk record of the event after it (for the event's dates). */
export interface TalkPlan {
  files: PlannedFile[];
  records: Record<string, unknown>[];
}

/**
 * Plans the talk files. An imported talk is the existing talk with one of its video URLs, else the
 * existing talk with its slug that has no video on the same platform yet (a second recording of a
 * "Lightning Talks" with its own URL is a new talk). New talks get their slug as file name.
 */
export function planTalks(folder: EventFolder, incoming: readonly ImportedTalk[], options: PlanOptions): TalkPlan {
  const byVideo = new Map<string, ExistingTalk>();
  const bySlug = new Map<string, ExistingTalk>();
  const takenFiles = new Set<string>();
  const takenSlugs = new Set<string>();
  const current = new Map<ExistingTalk, Record<string, unknown>>();
  for (const t of folder.talks) {
    takenFiles.add(t.base);
    if (!t.data) continue;
    current.set(t, t.data);
    const slug = talkSlug(t.data);
    takenSlugs.add(slug);
    if (!bySlug.has(slug)) bySlug.set(slug, t);
    for (const url of videoUrls(t.data)) if (!byVideo.has(videoKey(url))) byVideo.set(videoKey(url), t);
  }
  const files: PlannedFile[] = [];
  const created: Record<string, unknown>[] = [];
  const seenVideos = new Map<string, string>();
  for (const talk of incoming) {
    const keys = talk.videos.map((v) => videoKey(v.url));
    const earlier = keys.map((k) => seenVideos.get(k)).find((p) => p !== undefined);
    if (earlier !== undefined) {
      files.push({ path: earlier, outcome: "skipped", detail: `"${talk.title}" is listed twice by the source; kept once` });
      continue;
    }
    const record = toTalkRecord(talk);
    const existing = keys.map((k) => byVideo.get(k)).find((t) => t !== undefined) ?? slugMatch(bySlug.get(slugify(talk.title)), talk);
    if (existing) {
      const plan = planExisting(existing, current.get(existing) ?? {}, record, options);
      if (plan.outcome === "updated" && plan.merged) current.set(existing, plan.merged);
      files.push(plan.file);
      for (const k of keys) seenVideos.set(k, existing.path);
      continue;
    }
    const titleSlug = slugify(talk.title) || "talk";
    const base = uniqueBase(fileBaseFor(talk.title), new Set([...takenFiles, ...takenSlugs]));
    // Two talks with one title would share one page URL: the second gets its own through `slug`.
    if (takenSlugs.has(titleSlug)) record.slug = base;
    takenFiles.add(base);
    takenSlugs.add(takenSlugs.has(titleSlug) ? base : titleSlug);
    const path = `${folder.folder}/videos/${base}.json`;
    for (const k of keys) seenVideos.set(k, path);
    created.push(record);
    files.push({ path, outcome: "created", text: formatPyvideoJson(record), detail: describe(record) });
  }
  return { files, records: [...current.values(), ...created] };
}

function planExisting(
  talk: ExistingTalk,
  data: Record<string, unknown>,
  record: Record<string, unknown>,
  options: PlanOptions,
): { outcome: PlannedFile["outcome"]; file: PlannedFile; merged?: Record<string, unknown> } {
  if (!talk.data) {
    const file: PlannedFile = { path: talk.path, outcome: "skipped", detail: "not readable JSON: left alone (run `talkdex check`)" };
    return { outcome: "skipped", file };
  }
  const incoming = { ...record };
  // A talk matched by its slug lacks this platform's video: adding it is filling a gap, not an edit.
  const known = new Set(videoUrls(data).map(videoKey));
  const newVideos = (record.videos as { url: string }[]).filter((v) => !known.has(videoKey(v.url)));
  delete incoming.videos;
  const { merged, filled } = fillEmpty(data, incoming);
  if (newVideos.length > 0) {
    merged.videos = [...(Array.isArray(data.videos) ? data.videos : []), ...newVideos];
    filled.push("videos");
  }
  if (filled.length === 0) return { outcome: "unchanged", file: { path: talk.path, outcome: "unchanged", detail: "already imported" } };
  if (!options.update) {
    const detail = `exists; --update would fill ${filled.join(", ")}`;
    return { outcome: "skipped", file: { path: talk.path, outcome: "skipped", detail } };
  }
  const file: PlannedFile = { path: talk.path, outcome: "updated", text: formatPyvideoJson(merged), detail: `filled ${filled.join(", ")}` };
  return { outcome: "updated", file, merged };
}

function slugMatch(talk: ExistingTalk | undefined, incoming: ImportedTalk): ExistingTalk | undefined {
  if (!talk?.data) return talk;
  const types = new Set(videoList(talk.data).map((v) => v.type));
  return incoming.videos.some((v) => types.has(v.type)) ? undefined : talk;
}

function videoList(data: Record<string, unknown>): { type: unknown; url: string }[] {
  const videos = Array.isArray(data.videos) ? data.videos : [];
  return videos.filter((v): v is { type: unknown; url: string } => typeof v === "object" && v !== null && typeof (v as { url?: unknown }).url === "string");
}

function videoUrls(data: Record<string, unknown>): string[] {
  return videoList(data).map((v) => v.url);
}

function describe(record: Record<string, unknown>): string {
  const speakers = Array.isArray(record.speakers) && record.speakers.length > 0 ? ` — ${record.speakers.join(", ")}` : "";
  return `"${String(record.title)}"${speakers}`;
}
