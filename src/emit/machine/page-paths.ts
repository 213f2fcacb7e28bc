// The HTML pages of the site, derived from the Catalog and `paths` (not from other emitters'
// output, so the sitemap and redirect conflicts do not depend on emitter order).

import { paths } from "../../build/paths.js";
import type { Catalog } from "../../model/catalog.js";

/** One page: its site path and, for talks, the recorded date. */
export interface SitePage {
  readonly path: string;
  readonly lastmod?: string;
}

/** The pages before the talks: home, indexes, latest, about. */
export const FIXED_PAGES: readonly string[] = [paths.home, paths.events, paths.speakers, paths.tags, paths.languages, paths.archives, paths.latest(1), paths.about];

/**
 * The first page of every page kind that search engines should index: home, indexes, talks (by
 * path), events, series, speakers, tags, languages, years, latest, about. Paginated continuations,
 * the search shell and 404 are left out (they are reachable from the first pages, or not content).
 */
export function sitePages(catalog: Catalog): SitePage[] {
  const pages: SitePage[] = FIXED_PAGES.map((path) => ({ path }));
  for (const t of catalog.talks) pages.push(t.date ? { path: paths.talk(t.path), lastmod: t.date } : { path: paths.talk(t.path) });
  pages.push(...entityPages(catalog));
  return pages;
}

/** The pages after the talks: events, series, speakers, tags, languages, years (from the lists only). */
export function entityPages(catalog: Catalog): SitePage[] {
  const pages: SitePage[] = [];
  for (const e of catalog.events) pages.push({ path: paths.event(e.slug) });
  for (const s of catalog.series) pages.push({ path: paths.series(s.slug) });
  for (const s of catalog.speakers) pages.push({ path: paths.speaker(s.slug) });
  for (const t of catalog.tags) pages.push({ path: paths.tag(t.slug) });
  for (const l of catalog.languages) pages.push({ path: paths.language(l.code) });
  for (const y of catalog.years) pages.push({ path: paths.year(y.year) });
  return pages;
}

/** How many pages `sitePages` lists, counted from the lists' lengths without reading any talk. */
export function sitePageCount(catalog: Catalog): number {
  const c = catalog;
  return FIXED_PAGES.length + c.newest.length + c.events.length + c.series.length + c.speakers.length + c.tags.length + c.languages.length + c.years.length;
}

/**
 * Every site path a real page is written to (for redirect conflicts), including the unindexed
 * ones: the set of paths, from `newest` and the lists, never a talk's content.
 */
export function pagePathSet(catalog: Catalog): Set<string> {
  const set = new Set(FIXED_PAGES);
  for (const p of catalog.newest) set.add(paths.talk(p));
  for (const page of entityPages(catalog)) set.add(page.path);
  for (const p of [paths.search, paths.notFound]) set.add(p);
  return set;
}

/**
 * Events in the order of their talks' paths: talk paths are `{event}/{talk}`, so sorting events
 * by `{event}/` and each event's talks by path gives every talk in path order (`catalog.talks`).
 */
export function eventsInPathOrder(catalog: Catalog): string[] {
  return catalog.events.map((e) => `${e.slug}/`).sort(cmp).map((s) => s.slice(0, -1));
}

/** Strict string order (not locale order), as the catalog sorts. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
