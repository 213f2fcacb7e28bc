// List pages: series, events index, speakers (A–Z) and speaker pages, tags, languages, years, latest,
// and redirects for pyvideo.org's paginated copies.

import type { Emitter } from "../../build/context.js";
import type { Catalog } from "../../model/catalog.js";
import { eventsIndex } from "./events-index.js";
import { languagePages } from "./language-pages.js";
import { latestPages } from "./latest-pages.js";
import { DEFAULT_LIST_OPTIONS, type ListOptions } from "./pagination.js";
import { pyvideoPagination } from "./pyvideo-pagination.js";
import { seriesPages } from "./series-page.js";
import { anonymousTalks, speakerPages } from "./speaker-pages.js";
import { speakersIndex } from "./speakers-index.js";
import { tagPages } from "./tag-pages.js";
import { talkListRenderer } from "./talk-list-renderer.js";
import { yearPages } from "./year-pages.js";

/** Every talk path, newest first: the years' lists (already newest first) in turn, then undated talks. */
export function newestFirst(catalog: Catalog): string[] {
  return [...catalog.years.flatMap((y) => y.talks), ...catalog.talks.filter((t) => !t.date).map((t) => t.path)];
}

/** The list-page emitter with given list sizes; one talk-list renderer is shared so each talk's item is rendered once. */
export function listPagesWith(opts: ListOptions): Emitter {
  return (catalog, ctx) => {
    const list = talkListRenderer(catalog, ctx);
    const newest = newestFirst(catalog);
    const anonymous = anonymousTalks(catalog, newest);
    return [
      ...seriesPages(catalog, ctx),
      eventsIndex(catalog, ctx),
      ...speakerPages(catalog, ctx, list, anonymous, opts),
      ...speakersIndex(catalog, ctx, anonymous.length > 0),
      ...tagPages(catalog, ctx, list, opts),
      ...languagePages(catalog, ctx, list, opts),
      ...yearPages(catalog, ctx, list, opts),
      ...latestPages(ctx, list, newest, opts),
      ...pyvideoPagination(catalog, ctx, newest, anonymous.length, opts),
    ];
  };
}

/** Every list page, at the default sizes (100 talks a page, 10 pages of /latest/). */
export const listPages: Emitter = listPagesWith(DEFAULT_LIST_OPTIONS);
