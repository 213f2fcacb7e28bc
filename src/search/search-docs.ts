// The documents of the search index: every published talk, newest first, with the text of each
// field and the record a result shows. Document numbers are positions in this order, so a lower
// number is a newer talk (the recency tie-break and "newest first" need nothing else).

import { paths } from "../build/paths.js";
import { href, type Site } from "../build/site.js";
import type { Catalog, Talk } from "../model/catalog.js";
import type { DocRecord } from "./index-format.js";

/** One talk as the indexer sees it. */
export interface SearchDoc {
  readonly talk: Talk;
  /** Index of the talk's event in `eventOrder`. */
  readonly event: number;
  readonly year: number;
  readonly title: string;
  readonly speakers: string;
  readonly tags: string;
  readonly description: string;
}

/** Documents newest first (date, then event slug, then path), and the events in order of first appearance. */
export function searchDocs(catalog: Catalog): { docs: SearchDoc[]; eventOrder: string[] } {
  const dated = catalog.talks.map((talk) => ({ talk, date: talk.date ?? catalog.eventBySlug.get(talk.eventSlug)?.startDate ?? "" }));
  dated.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.talk.path < b.talk.path ? -1 : a.talk.path > b.talk.path ? 1 : 0));
  const eventIndex = new Map<string, number>();
  const docs = dated.map(({ talk, date }): SearchDoc => {
    let event = eventIndex.get(talk.eventSlug);
    if (event === undefined) {
      event = eventIndex.size;
      eventIndex.set(talk.eventSlug, event);
    }
    const speakerNames = talk.speakers.flatMap((slug, i) => {
      const speaker = catalog.speakerBySlug.get(slug);
      // Every spelling of the person's name, so the one on an old poster finds the talk too.
      return speaker ? [speaker.name, ...speaker.spellings] : [talk.speakerNames[i] ?? ""];
    });
    const tagNames = talk.tags.map((slug) => catalog.tagBySlug.get(slug)?.name ?? slug);
    const year = /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : (catalog.eventBySlug.get(talk.eventSlug)?.year ?? 0);
    return {
      talk,
      event,
      year,
      title: talk.title,
      speakers: [...new Set(speakerNames)].join(" \n "),
      tags: tagNames.join(" \n "),
      description: [talk.summary ?? "", talk.description ?? ""].join("\n"),
    };
  });
  return { docs, eventOrder: [...eventIndex.keys()] };
}

/** The record a result shows for a document; links come from the same helpers as the pages. */
export function docRecord(doc: SearchDoc, catalog: Catalog, site: Site): DocRecord {
  const { talk } = doc;
  const speakers = talk.speakers.map((slug, i) => catalog.speakerBySlug.get(slug)?.name ?? talk.speakerNames[i] ?? slug);
  const thumbnail = site.thumbnails === "remote" && talk.thumbnailUrl && /^https?:\/\//i.test(talk.thumbnailUrl) ? talk.thumbnailUrl : "";
  return [talk.title, href(site, paths.talk(talk.path)), speakers, doc.event, talk.date ?? "", talk.language ?? "", talk.duration ?? 0, thumbnail];
}
