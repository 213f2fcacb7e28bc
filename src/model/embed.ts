// How each video source is played: a privacy-friendly embed URL (or a direct file) and a label.
// Nothing here is fetched at build time; the page loads the embed only when the visitor presses play.

import type { VideoSource } from "./catalog.js";
import { youtubeId } from "./video.js";

/**
 * How a start time reaches the player: a `start=` query parameter (YouTube, PeerTube, archive.org),
 * a `#t=1m30s` fragment (Vimeo), a `#t=90` media fragment (files), or not at all (plain links).
 */
export type StartBy = "query" | "vimeo" | "media" | "none";

/** How a source plays: an iframe embed, a <video> file, or only a link. */
export interface Embed {
  kind: "iframe" | "video" | "link";
  /** URL to load when the visitor presses play (iframe src or video src), with the source's own start offset. */
  embed: string;
  /** The start offset of the source URL in seconds (0: from the beginning). */
  start: number;
  startBy: StartBy;
}

const FILE_TYPES = new Set(["mp4", "webm", "ogv", "ogg", "mkv"]);
const FILE_EXTENSION = /\.(mp4|m4v|webm|ogv|ogg|mkv)(?:[?#]|$)/i;

/** Seconds of a time value: "95", "95s", "1m30s", "1h02m15s"; 0 when it is not one. */
export function parseTime(value: string): number {
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!parts) return 0;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}

/** The start offset of a URL in seconds (`t=1h2m3s`, `t=95`, `start=95`, `#t=95`), or 0. */
export function startOffset(url: string): number {
  const m = /[?&#](?:t|start)=([0-9hms]+)(?:[&#]|$)/.exec(url);
  return m?.[1] ? parseTime(m[1]) : 0;
}

// An https URL whose only query parameter is autoplay=1 and whose path has no dot segment, no
// escape and nothing the URL parser would rewrite: the parser gives it back as it is.
const PLAIN_EMBED = /^https:\/\/[a-z0-9.-]+(?:\/[\w-][\w.-]*)+\?autoplay=1$/;

/** The embed URL of `e` starting at `seconds` (0 or less: from the beginning). */
export function embedAt(e: Embed, seconds: number): string {
  const base = e.embed.replace(/#.*$/, "");
  const s = Math.max(0, Math.floor(seconds));
  // Most embeds (every YouTube one without a start time): no parsing, which was a tenth of the
  // time of a talk page.
  if (e.startBy === "query" && s === 0 && PLAIN_EMBED.test(base)) return base;
  if (e.startBy === "query") {
    const url = new URL(base);
    if (s > 0) url.searchParams.set("start", String(s));
    else url.searchParams.delete("start");
    return url.toString();
  }
  if (s === 0 || e.startBy === "none") return e.startBy === "none" ? e.embed : base;
  return e.startBy === "vimeo" ? `${base}#t=${s}s` : `${base}#t=${s}`;
}

/** The embed of a source: youtube-nocookie, Vimeo with dnt=1, PeerTube and archive.org embeds, files in <video>. */
export function embedFor(source: VideoSource): Embed {
  const start = startOffset(source.url);
  const make = (kind: Embed["kind"], embed: string, startBy: StartBy): Embed => {
    const e: Embed = { kind, embed, start, startBy };
    return { ...e, embed: embedAt(e, start) };
  };
  const yt = youtubeId(source.url);
  if (yt) return make("iframe", `https://www.youtube-nocookie.com/embed/${yt}?autoplay=1`, "query");
  // vimeo.com/123, vimeo.com/channels/x/123, vimeo.com/123/abcdef (unlisted: the hash is required), player.vimeo.com/video/123
  const vimeo = /^https?:\/\/(?:www\.|player\.)?vimeo\.com\/(?:[^?#]*\/)?(\d{5,})(?:\/([0-9a-f]{6,}))?(?:[/?#]|$)/i.exec(source.url);
  if (vimeo) return make("iframe", `https://player.vimeo.com/video/${vimeo[1]}?${vimeo[2] ? `h=${vimeo[2]}&` : ""}dnt=1&autoplay=1`, "vimeo");
  if (source.type === "peertube") {
    const m = /^(https?:\/\/[^/?#]+)\/(?:videos\/(?:watch|embed)\/|w\/)([\w-]+)/.exec(source.url);
    if (m) return make("iframe", `${m[1]}/videos/embed/${m[2]}?autoplay=1`, "query");
  }
  // archive.org/details/ID or details/ID/file.mp4 (one file of the item); download/ URLs are files.
  const archive = /^https?:\/\/(?:www\.)?archive\.org\/(?:details|embed)\/([^?#]+?)\/?(?:[?#]|$)/.exec(source.url)?.[1];
  if (archive) return make("iframe", `https://archive.org/embed/${archive}`, "query");
  if (FILE_TYPES.has(source.type) || FILE_EXTENSION.test(source.url)) return make("video", source.url, "media");
  return { kind: "link", embed: source.url, start, startBy: "none" };
}

const LABELS: Readonly<Record<string, string>> = { youtube: "YouTube", vimeo: "Vimeo", peertube: "PeerTube", "archive.org": "Internet Archive", archive: "Internet Archive" };

/** A human label for a source: "YouTube", "Vimeo", "Internet Archive", "MP4 file", else the host name. */
export function sourceLabel(source: VideoSource): string {
  const known = LABELS[source.type];
  if (known) return known;
  if (FILE_TYPES.has(source.type)) return `${source.type.toUpperCase()} file`;
  try {
    return new URL(source.url).hostname.replace(/^www\./, "");
  } catch {
    return source.type;
  }
}

/** Labels for a talk's sources, numbered when two would read the same ("YouTube", "YouTube (2)"). */
export function sourceLabels(sources: readonly VideoSource[]): string[] {
  const seen = new Map<string, number>();
  return sources.map((s) => {
    const label = sourceLabel(s);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}
