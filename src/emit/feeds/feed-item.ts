// FeedItem: what a feed says about one talk, derived once per talk and shared by every feed it is in.

import { paths } from "../../build/paths.js";
import { absoluteUrl, type Site } from "../../build/site.js";
import type { Catalog, Talk } from "../../model/catalog.js";
import { langTag } from "../../model/language.js";
import { plainText } from "./plain-text.js";

/** Longest summary in a feed item, in characters: a teaser (the page has the full text) that keeps 64k feed files small. */
export const SUMMARY_LENGTH = 300;

/** A video link of an item; `type` is a MIME type when the URL is a media file. */
export interface FeedVideo {
  readonly url: string;
  readonly type?: string;
  readonly length?: number;
}

/** One talk as feeds show it. */
export interface FeedItem {
  readonly title: string;
  /** Absolute URL of the talk page; also the item's permanent id. */
  readonly url: string;
  /** "YYYY-MM-DD": the recorded date, else the event's start date. */
  readonly date?: string;
  readonly authors: readonly string[];
  readonly tags: readonly string[];
  readonly summary: string;
  /** BCP 47 tag of the talk's language. */
  readonly lang?: string;
  readonly thumbnail?: string;
  readonly videos: readonly FeedVideo[];
}

const MIME: Readonly<Record<string, string>> = { mp4: "video/mp4", webm: "video/webm", ogv: "video/ogg", ogg: "video/ogg", mkv: "video/x-matroska", flv: "video/x-flv" };

/** The feed view of a talk. */
export function feedItem(talk: Talk, catalog: Catalog, baseUrlOf: (path: string) => string, thumbnails = true): FeedItem {
  const date = talk.date ?? catalog.eventBySlug.get(talk.eventSlug)?.startDate;
  return {
    title: talk.title,
    url: baseUrlOf(paths.talk(talk.path)),
    ...(date ? { date } : {}),
    authors: talk.speakers.map((s, i) => catalog.speakerBySlug.get(s)?.name ?? talk.speakerNames[i] ?? s),
    tags: talk.tags.map((t) => catalog.tagBySlug.get(t)?.name ?? t),
    summary: plainText(talk.summary ?? talk.description, SUMMARY_LENGTH),
    ...(talk.language ? { lang: langTag(talk.language) } : {}),
    ...(thumbnails && talk.thumbnailUrl ? { thumbnail: talk.thumbnailUrl } : {}),
    videos: talk.videos.map((v) => {
      const ext = /\.(mp4|webm|ogv|ogg|mkv|flv)(?:[?#]|$)/i.exec(v.url)?.[1]?.toLowerCase();
      const type = MIME[v.type] ?? (ext ? MIME[ext] : undefined);
      return { url: v.url, ...(type ? { type } : {}), ...(type && v.size ? { length: v.size } : {}) };
    }),
  };
}

/** `feedItem` with the site's absolute URLs; a site that shows no remote thumbnails puts none in its feeds either. */
export function feedItemOf(catalog: Catalog, site: Site): (talk: Talk) => FeedItem {
  const thumbnails = site.thumbnails === "remote";
  return (talk) => feedItem(talk, catalog, (path) => absoluteUrl(site, path), thumbnails);
}
