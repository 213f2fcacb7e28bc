// List pages: series, events index, speakers (A–Z) and speaker pages, tags, languages, years, latest,
// and redirects for pyvideo.org's paginated copies.

import type { Emitter } from "../../build/context.js";
import { eventsIndex } from "./events-index.js";
import { languagePages } from "./language-pages.js";
import { latestPages } from "./latest-pages.js";
import { DEFAULT_LIST_OPTIONS, type ListOptions } from "./pagination.js";
import { pyvideoPagination } from "./pyvideo-pagination.js";
import { seriesPages } from "./series-page.js";
import { speakerPages } from "./speaker-pages.js";
import { speakersIndex } from "./speakers-index.js";
import { tagPages } from "./tag-pages.js";
import { yearPages } from "./year-pages.js";

/**
 * The list-page emitter with given list sizes: a unit per page. Enumerating them reads the lists of
 * series, speakers, tags, languages and years and `newest`, never the talks, so an edit that moves
 * no talk between lists leaves the enumeration be; each page reads only what it shows, and the talk
 * items, shared by every page through `ctx.memo`, are rendered once.
 */
export function listPagesWith(opts: ListOptions): Emitter {
  return (catalog, ctx) => [
    ...seriesPages(catalog, ctx),
    eventsIndex(ctx),
    ...speakerPages(catalog, ctx, opts),
    ...speakersIndex(catalog, ctx),
    ...tagPages(catalog, ctx, opts),
    ...languagePages(catalog, ctx, opts),
    ...yearPages(catalog, ctx, opts),
    ...latestPages(catalog, ctx, opts),
    pyvideoPagination(ctx, opts),
  ];
}

/** Every list page, at the default sizes (100 talks a page, 10 pages of /latest/). */
export const listPages: Emitter = listPagesWith(DEFAULT_LIST_OPTIONS);
