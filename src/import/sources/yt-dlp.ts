// `yt-dlp -J` output (a playlist, a channel with its tabs, or one video) read into imported talks.

import { UserError } from "../../model/user-error.js";
import { toSeconds } from "../iso-duration.js";
import { safeHttpUrl, toIsoDate } from "../imported-talk.js";
import { toIso6393 } from "../language-code.js";
import type { TitleCleanupOptions } from "../title-cleanup.js";
import { makeTalk, watchUrl, type PlatformVideo } from "./platform-video.js";
import type { SourceResult } from "./source-result.js";

type Json = Record<string, unknown>;

/** Reads yt-dlp's JSON (text) into talks; `name` is the file shown in messages. */
export function readYtDlp(text: string, name: string, cleanup: TitleCleanupOptions): SourceResult {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${name}: not JSON (${e instanceof Error ? e.message : String(e)}).\nWrite it with \`yt-dlp -J <playlist-url> > ${name}\`.`);
  }
  if (!isRecord(root)) throw new UserError(`${name}: expected yt-dlp's JSON object (from \`yt-dlp -J\`), found ${Array.isArray(root) ? "an array" : typeof root}.`);
  const notes: string[] = [];
  const videos: PlatformVideo[] = [];
  const eventTitle = cleanup.eventTitle ?? (typeof root.title === "string" && Array.isArray(root.entries) ? root.title : undefined);
  collect(root, videos, notes, 0);
  const result: SourceResult = { talks: videos.map((v) => makeTalk(v, { ...cleanup, ...(eventTitle === undefined ? {} : { eventTitle }) })), notes };
  if (Array.isArray(root.entries) && typeof root.title === "string") result.title = root.title;
  const url = safeHttpUrl(root.webpage_url);
  if (Array.isArray(root.entries) && url !== undefined) result.url = url;
  return result;
}

// Channels nest playlists (Videos, Live tabs); yt-dlp writes null for entries it could not read.
function collect(node: Json, out: PlatformVideo[], notes: string[], depth: number): void {
  if (Array.isArray(node.entries) && depth < 4) {
    node.entries.forEach((entry, i) => {
      if (isRecord(entry)) collect(entry, out, notes, depth + 1);
      else notes.push(`entry ${i + 1} of "${String(node.title ?? "the playlist")}" is empty (a removed or private video): skipped`);
    });
    return;
  }
  const video = toPlatformVideo(node, notes);
  if (video) out.push(video);
}

function toPlatformVideo(e: Json, notes: string[]): PlatformVideo | undefined {
  const id = typeof e.id === "string" ? e.id : typeof e.id === "number" ? String(e.id) : "";
  const title = typeof e.title === "string" ? e.title.trim() : "";
  const availability = typeof e.availability === "string" ? e.availability : "";
  if (/^\[(?:private|deleted) video\]$/i.test(title) || ["private", "needs_auth", "subscriber_only", "premium_only"].includes(availability)) {
    notes.push(`video ${id || "(no id)"} is private or removed: skipped`);
    return undefined;
  }
  const video = videoOf(e, id);
  if (!video || title === "") {
    notes.push(`entry ${id || JSON.stringify(title)} has no ${title === "" ? "title" : "usable video URL"}: skipped`);
    return undefined;
  }
  const v: PlatformVideo = { title, video };
  if (typeof e.description === "string") v.description = e.description;
  // release_date is when a premiere or stream happened, closer to the recording than the upload date.
  const date = toIsoDate(e.release_date) ?? toIsoDate(e.upload_date) ?? toIsoDate(e.release_timestamp) ?? toIsoDate(e.timestamp);
  if (date !== undefined) v.date = date;
  const duration = toSeconds(e.duration);
  if (duration !== undefined) v.duration = duration;
  const language = toIso6393(e.language);
  if (language !== undefined) v.language = language;
  if (Array.isArray(e.tags)) v.tags = e.tags.filter((t): t is string => typeof t === "string");
  // A flat playlist entry names no thumbnail, but every YouTube video has this one.
  const thumbnail = bestThumbnail(e) ?? (video.type === "youtube" ? `https://i.ytimg.com/vi/${id}/hqdefault.jpg` : undefined);
  if (thumbnail !== undefined) v.thumbnailUrl = thumbnail;
  return v;
}

function videoOf(e: Json, id: string): { type: string; url: string } | undefined {
  const extractor = String(e.extractor_key ?? e.ie_key ?? e.extractor ?? "").toLowerCase();
  if (extractor.startsWith("youtube") && /^[\w-]{11}$/.test(id)) return { type: "youtube", url: watchUrl("youtube", id) };
  if (extractor.startsWith("vimeo") && /^\d+$/.test(id)) return { type: "vimeo", url: watchUrl("vimeo", id) };
  const page = safeHttpUrl(e.webpage_url) ?? safeHttpUrl(e.url);
  if (page === undefined) return undefined;
  if (extractor.startsWith("peertube")) return { type: "peertube", url: page };
  if (extractor.startsWith("archiveorg")) return { type: "archive.org", url: page };
  return undefined;
}

// yt-dlp lists thumbnails worst first; pyvideo/data links JPEGs (webp is not shown by every feed reader).
function bestThumbnail(e: Json): string | undefined {
  const candidates = Array.isArray(e.thumbnails) ? e.thumbnails.filter(isRecord) : [];
  let best: { url: string; score: number } | undefined;
  candidates.forEach((t, i) => {
    const url = safeHttpUrl(t.url);
    if (url === undefined || /\.webp(?:[?#]|$)/i.test(url)) return;
    const area = (Number(t.width) || 0) * (Number(t.height) || 0);
    const score = typeof t.preference === "number" ? t.preference * 1e9 + area : area + i;
    if (!best || score > best.score) best = { url: /^https:\/\/i\.ytimg\.com\//.test(url) ? url.replace(/\?.*$/, "") : url, score };
  });
  return best?.url ?? safeHttpUrl(e.thumbnail);
}

function isRecord(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
