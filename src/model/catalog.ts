// The Catalog: the one typed, immutable model of a data repository that every later stage reads.

import type { Redirect } from "../load/redirects.js";

/** A video source of a talk. */
export interface VideoSource {
  readonly type: string;
  readonly url: string;
  readonly size?: number;
}

/** A related link; `label` is absent when the data gave a bare URL. */
export interface RelatedLink {
  readonly url: string;
  readonly label?: string;
}

/** One published talk. */
export interface Talk {
  /** `{eventSlug}/{slug}`: the page is `/{path}.html`, as on pyvideo.org. */
  readonly path: string;
  readonly slug: string;
  readonly eventSlug: string;
  /** Source file, relative to the data root. */
  readonly file: string;
  readonly id?: number;
  readonly title: string;
  /** Speaker slugs in the order the talk lists them. */
  readonly speakers: readonly string[];
  /** Speaker names exactly as the talk writes them (same order as `speakers`). */
  readonly speakerNames: readonly string[];
  /** Tag slugs, in the talk's order, without repeats. */
  readonly tags: readonly string[];
  /** ISO 639-3 code, when known and valid. */
  readonly language?: string;
  /** "YYYY-MM-DD", when known and valid. */
  readonly date?: string;
  /** The `recorded` value as written (may carry a time and offset). */
  readonly recorded?: string;
  /** Seconds. */
  readonly duration?: number;
  /** reStructuredText. */
  readonly description?: string;
  readonly summary?: string;
  readonly thumbnailUrl?: string;
  readonly videos: readonly VideoSource[];
  readonly relatedUrls: readonly RelatedLink[];
  readonly copyright?: string;
  readonly qualityNotes?: string;
  /** Legacy paths of this talk on the old pyvideo.org (`alias`). */
  readonly aliases: readonly string[];
}

/** One event (a category.json). */
export interface Event {
  readonly slug: string;
  readonly folder: string;
  readonly file: string;
  readonly title: string;
  readonly description?: string;
  readonly url?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  /** Slug of the series the event belongs to. */
  readonly series: string;
  /** The year in the title, else of the start date, else of the first talk. */
  readonly year?: number;
  /** Talk paths in recorded order. */
  readonly talks: readonly string[];
}

/** The same conference over the years ("PyCon US" for "PyCon US 2017", "PyCon US 2018"…). */
export interface Series {
  readonly slug: string;
  readonly name: string;
  /** Event slugs, newest first. */
  readonly events: readonly string[];
}

/** One person, whatever the spellings of their name. */
export interface Speaker {
  readonly slug: string;
  /** The spelling shown (speakers.json's name, else the most used spelling). */
  readonly name: string;
  /** Every spelling used in the data, sorted. */
  readonly spellings: readonly string[];
  /** Slugs of the other spellings (old pyvideo.org pages to redirect here). */
  readonly otherSlugs: readonly string[];
  /** Talk paths, newest first. */
  readonly talks: readonly string[];
}

/** One tag, whatever its case or separators. */
export interface Tag {
  readonly slug: string;
  readonly name: string;
  readonly spellings: readonly string[];
  readonly otherSlugs: readonly string[];
  readonly talks: readonly string[];
}

/** The talks in one language. */
export interface LanguageGroup {
  readonly code: string;
  readonly name: string;
  readonly nativeName: string;
  readonly talks: readonly string[];
}

/** The talks recorded in one year. */
export interface Year {
  readonly year: number;
  readonly talks: readonly string[];
}

/** The whole index: lists in a deterministic order plus lookups by slug. */
export interface Catalog {
  readonly talks: readonly Talk[];
  readonly events: readonly Event[];
  readonly series: readonly Series[];
  readonly speakers: readonly Speaker[];
  readonly tags: readonly Tag[];
  readonly languages: readonly LanguageGroup[];
  readonly years: readonly Year[];
  readonly redirects: readonly Redirect[];
  readonly talkByPath: ReadonlyMap<string, Talk>;
  readonly eventBySlug: ReadonlyMap<string, Event>;
  readonly seriesBySlug: ReadonlyMap<string, Series>;
  readonly speakerBySlug: ReadonlyMap<string, Speaker>;
  readonly tagBySlug: ReadonlyMap<string, Tag>;
  readonly languageByCode: ReadonlyMap<string, LanguageGroup>;
  readonly yearByNumber: ReadonlyMap<number, Year>;
  /** Every talk path, newest first (recorded date descending, undated last, then by path). */
  readonly newest: readonly string[];
  /** Up to six related talk paths per talk path (see catalog/related.ts). */
  readonly related: ReadonlyMap<string, readonly string[]>;
  /** A unique page title per talk path ("Title · Event", disambiguated; see catalog/page-titles.ts). */
  readonly pageTitles: ReadonlyMap<string, string>;
  /** Talks left out because NO_PUBLISH.json lists their id. */
  readonly unpublished: number;
  /** Files that could not become part of the catalog, and why. */
  readonly skipped: readonly { file: string; reason: string }[];
}
