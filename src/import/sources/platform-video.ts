// The facts every video platform gives about one recording, and the imported talk made from them.

import { safeDescription } from "../safe-description.js";
import { cleanTitle, type TitleCleanupOptions } from "../title-cleanup.js";
import type { ImportedTalk } from "../imported-talk.js";

/** One recording as a platform describes it (already checked for type and URL scheme). */
export interface PlatformVideo {
  title: string;
  description?: string;
  /** "YYYY-MM-DD": the recording date when the platform knows it, else the publication date. */
  date?: string;
  duration?: number;
  language?: string;
  tags?: readonly string[];
  thumbnailUrl?: string;
  video: { type: string; url: string };
}

/** The talk for a platform video: title split into title and speakers, description made safe, tags deduplicated. */
export function makeTalk(v: PlatformVideo, cleanup: TitleCleanupOptions): ImportedTalk {
  const { title, speakers } = cleanTitle(v.title, cleanup);
  const talk: ImportedTalk = {
    title,
    speakers,
    description: safeDescription(v.description ?? ""),
    tags: uniqueTags(v.tags ?? []),
    videos: [v.video],
    relatedUrls: [],
  };
  if (v.date !== undefined) talk.recorded = v.date;
  if (v.duration !== undefined) talk.duration = v.duration;
  if (v.language !== undefined) talk.language = v.language;
  if (v.thumbnailUrl !== undefined) talk.thumbnailUrl = v.thumbnailUrl;
  return talk;
}

// Platforms repeat a tag in several spellings ("Python", "python"); the check's tag-variants rule would flag them.
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const name = tag.replace(/\s+/g, " ").trim();
    const key = name.toLowerCase().replace(/[\s_-]+/g, "");
    if (name !== "" && !seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
}

/** The canonical watch URL of a video on a known platform, as pyvideo/data writes it. */
export function watchUrl(type: "youtube" | "vimeo", id: string): string {
  return type === "youtube" ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`;
}
