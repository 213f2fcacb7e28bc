// The one shape every source (yt-dlp, YouTube, PeerTube, Vimeo) produces, and the talk file it becomes.

/** A related link as pyvideo/data writes it. */
export type RelatedUrl = string | { label: string; url: string };

/** One recording found on a video platform, already cleaned up. */
export interface ImportedTalk {
  title: string;
  speakers: string[];
  description: string;
  /** "YYYY-MM-DD" or "YYYY-MM-DDThh:mm:ss[±hh:mm]". */
  recorded?: string;
  /** Whole seconds. */
  duration?: number;
  /** ISO 639-3. */
  language?: string;
  tags: string[];
  thumbnailUrl?: string;
  videos: { type: string; url: string }[];
  relatedUrls: RelatedUrl[];
}

/** The talk file's JSON value for an imported talk, with only the fields a curator would write. */
export function toTalkRecord(talk: ImportedTalk): Record<string, unknown> {
  const record: Record<string, unknown> = {
    description: talk.description,
    // pyvideo/data's schema requires `recorded`; null says "unknown" without inventing a date.
    recorded: talk.recorded ?? null,
    speakers: [...new Set(talk.speakers)],
    title: talk.title,
    videos: talk.videos.map((v) => ({ type: v.type, url: v.url })),
  };
  if (talk.duration !== undefined) record.duration = talk.duration;
  if (talk.language !== undefined) record.language = talk.language;
  if (talk.tags.length > 0) record.tags = [...new Set(talk.tags)];
  if (talk.thumbnailUrl !== undefined) record.thumbnail_url = talk.thumbnailUrl;
  if (talk.relatedUrls.length > 0) record.related_urls = talk.relatedUrls;
  return record;
}

/** An http(s) URL as it came, or undefined for anything else (javascript:, data:, relative, garbage). */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(text)) return undefined;
  try {
    new URL(text);
    return text;
  } catch {
    return undefined;
  }
}

/** The date part "YYYY-MM-DD" of "YYYYMMDD", an ISO timestamp or a Unix time in seconds; undefined otherwise. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return new Date(value * 1000).toISOString().slice(0, 10);
  if (typeof value !== "string") return undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(value);
  return iso?.[1];
}
