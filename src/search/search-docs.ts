// The documents of the search index: every published talk, newest first, with its terms and the
// record a result shows. Document numbers are positions in this order, so a lower number is a
// newer talk (the recency tie-break and "newest first" need nothing else).

import { paths } from "../build/paths.js";
import { href, type Site } from "../build/site.js";
import type { Catalog } from "../model/catalog.js";
import { docTerms, type DocTerms, type DocText, type Vocabulary } from "./term-index.js";

/** Talk paths newest first (date, else the event's start date; then path), and the events in order of first appearance. */
export function docOrder(catalog: Catalog): { paths: string[]; eventOrder: string[] } {
  // The events as a list, not one lookup per talk: this reads every talk anyway.
  const startDates = new Map(catalog.events.map((e) => [e.slug, e.startDate]));
  const dated = catalog.talks.map((talk) => ({ path: talk.path, event: talk.eventSlug, date: talk.date ?? startDates.get(talk.eventSlug) ?? "" }));
  dated.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const events = new Set<string>();
  for (const d of dated) events.add(d.event);
  return { paths: dated.map((d) => d.path), eventOrder: [...events] };
}

/** What the index holds of one talk, apart from its number and its event's number. */
export interface SearchDoc {
  readonly terms: DocTerms;
  readonly eventSlug: string;
  readonly year: number;
  readonly language: string;
  /** The JSON of the result record before and after its event number (see DocRecord). */
  readonly recordHead: string;
  readonly recordTail: string;
}

/** One talk as the indexer sees it (every spelling of its speakers' names, its tags' names, summary and description), its terms numbered by `vocabulary`. */
export function searchDoc(path: string, catalog: Catalog, site: Site, vocabulary: Vocabulary): SearchDoc {
  return { terms: docTerms(searchText(path, catalog), vocabulary), ...searchRecord(path, catalog, site) };
}

/** The text of a talk the index reads, by field. */
export function searchText(path: string, catalog: Catalog): DocText {
  return docText(searchParts(path, catalog));
}

/**
 * What the index reads of a talk, as the catalog holds it (its strings, not joined yet): what a
 * full build sends the index's worker, so the main thread makes no new copy of 14 MB of
 * descriptions for it (`docText` joins them there).
 */
export interface SearchParts {
  readonly title: string;
  /** Every spelling of every speaker's name, each once. */
  readonly speakers: readonly string[];
  readonly tags: readonly string[];
  readonly summary: string;
  readonly description: string;
}

/**
 * A talk's parts for an index built on a thread that parsed the talk's data file itself (the
 * check's worker): its summary and description are read there, from `file`, instead of 14 MB of
 * descriptions being copied into a message and out of it.
 */
export interface SearchPartsOfFile extends Omit<SearchParts, "summary" | "description"> {
  /** The talk's data file, relative to the data root. */
  readonly file: string;
}

/** A talk's parts for the index but its summary and description, and its data file. */
export function searchPartsOfFile(path: string, catalog: Catalog): SearchPartsOfFile {
  const talk = talkAt(path, catalog);
  return { ...namedParts(talk, catalog), file: talk.file };
}

/** A talk's parts for the index. */
export function searchParts(path: string, catalog: Catalog): SearchParts {
  const talk = talkAt(path, catalog);
  return { ...namedParts(talk, catalog), summary: talk.summary ?? "", description: talk.description ?? "" };
}

// A talk's title, every spelling of its speakers' names, and its tags' names.
function namedParts(talk: Catalog["talks"][number], catalog: Catalog): Pick<SearchParts, "title" | "speakers" | "tags"> {
  const speakerNames = talk.speakers.flatMap((slug, i) => {
    const speaker = catalog.speakerBySlug.get(slug);
    // Every spelling of the person's name, so the one on an old poster finds the talk too.
    return speaker ? [speaker.name, ...speaker.spellings] : [talk.speakerNames[i] ?? ""];
  });
  return { title: talk.title, speakers: [...new Set(speakerNames)], tags: talk.tags.map((slug) => catalog.tagBySlug.get(slug)?.name ?? slug) };
}

/** The fields of a talk's text as the index reads them. */
export function docText(parts: SearchParts): DocText {
  return {
    title: parts.title,
    speakers: parts.speakers.join(" \n "),
    tags: parts.tags.join(" \n "),
    // Joined, not concatenated: one flat string, which the index reads a character at a time (a
    // concatenation is a rope, each character of it reached through the rope: ≈ 60% slower).
    description: [parts.summary, parts.description].join("\n"),
  };
}

/** What the index keeps of a talk besides its terms: its event, year and language (the facets) and its result record. */
export function searchRecord(path: string, catalog: Catalog, site: Site): Omit<SearchDoc, "terms"> {
  const talk = talkAt(path, catalog);
  const event = catalog.eventBySlug.get(talk.eventSlug);
  const date = talk.date ?? event?.startDate ?? "";
  const shown = talk.speakers.map((slug, i) => catalog.speakerBySlug.get(slug)?.name ?? talk.speakerNames[i] ?? slug);
  const thumbnail = site.thumbnails === "remote" && talk.thumbnailUrl && /^https?:\/\//i.test(talk.thumbnailUrl) ? talk.thumbnailUrl : "";
  return {
    eventSlug: talk.eventSlug,
    year: /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : (event?.year ?? 0),
    language: talk.language ?? "",
    recordHead: JSON.stringify([talk.title, href(site, paths.talk(talk.path)), shown]).slice(1, -1),
    recordTail: JSON.stringify([talk.date ?? "", talk.language ?? "", talk.duration ?? 0, thumbnail]).slice(1, -1),
  };
}

function talkAt(path: string, catalog: Catalog): Catalog["talks"][number] {
  const talk = catalog.talkByPath.get(path);
  if (!talk) throw new Error(`no talk ${path}`);
  return talk;
}

/** The JSON of a result record (DocRecord) of a document whose event has number `event`. */
export function docRecordJson(doc: Omit<SearchDoc, "terms">, event: number): string {
  return `[${doc.recordHead},${event},${doc.recordTail}]`;
}
