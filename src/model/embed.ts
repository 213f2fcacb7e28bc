// How each video source is played: a privacy-friendly embed URL (or a direct file) and a label.

import type { VideoSource } from "./catalog.js";
import { youtubeId } from "./video.js";

/** How a source plays: an iframe embed, a <video> file, or only a link. */
export interface Embed {
  kind: "iframe" | "video" | "link";
  /** URL to load when the visitor presses play (iframe src or video src). */
  embed: string;
}

const FILE_TYPES = new Set(["mp4", "webm", "ogv", "mkv"]);

/** The start offset of a URL in seconds (`t=1h2m3s`, `t=95`, `start=95`, `#t=95`), or 0. */
export function startOffset(url: string): number {
  const m = /[?&#](?:t|start)=((?:\d+h)?(?:\d+m)?(?:\d+s?)?)(?:&|$)/.exec(url);
  if (!m?.[1]) return 0;
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(m[1]);
  if (!parts) return 0;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}

/** The embed of a source: youtube-nocookie, Vimeo with dnt=1, PeerTube and archive.org embeds, files in <video>. */
export function embedFor(source: VideoSource): Embed {
  const start = startOffset(source.url);
  const yt = source.type === "youtube" || /youtu\.?be/.test(source.url) ? youtubeId(source.url) : undefined;
  if (yt) return { kind: "iframe", embed: `https://www.youtube-nocookie.com/embed/${yt}?autoplay=1${start ? `&start=${start}` : ""}` };
  const vimeo = /vimeo\.com\/(?:video\/)?(\d+)/.exec(source.url)?.[1];
  if (vimeo) return { kind: "iframe", embed: `https://player.vimeo.com/video/${vimeo}?dnt=1&autoplay=1${start ? `#t=${start}s` : ""}` };
  if (source.type === "peertube") {
    const m = /^(https:\/\/[^/]+)\/(?:videos\/(?:watch|embed)\/|w\/)([\w-]+)/.exec(source.url);
    if (m) return { kind: "iframe", embed: `${m[1]}/videos/embed/${m[2]}?autoplay=1${start ? `&start=${start}` : ""}` };
  }
  const archive = /archive\.org\/(?:details|embed)\/([^/?#]+)/.exec(source.url)?.[1];
  if (archive) return { kind: "iframe", embed: `https://archive.org/embed/${archive}${start ? `?start=${start}` : ""}` };
  if (FILE_TYPES.has(source.type) || /\.(mp4|webm|ogv|ogg|mkv)(?:[?#]|$)/i.test(source.url))
    return { kind: "video", embed: start ? `${source.url.replace(/#.*$/, "")}#t=${start}` : source.url };
  return { kind: "link", embed: source.url };
}

/** A human label for a source: "YouTube", "Vimeo", "Internet Archive", "MP4 file"… */
export function sourceLabel(source: VideoSource): string {
  const labels: Record<string, string> = { youtube: "YouTube", vimeo: "Vimeo", peertube: "PeerTube", "archive.org": "Internet Archive", archive: "Internet Archive" };
  if (labels[source.type]) return labels[source.type] as string;
  if (FILE_TYPES.has(source.type)) return `${source.type.toUpperCase()} file`;
  try {
    return new URL(source.url).hostname.replace(/^www\./, "");
  } catch {
    return source.type;
  }
}
