// The HTML pages of the site, derived from the Catalog and `paths` (not from other emitters'
// output, so the sitemap and redirect conflicts do not depend on emitter order).

import { paths } from "../../build/paths.js";
import type { Catalog } from "../../model/catalog.js";

/** One page: its site path and, for talks, the recorded date. */
export interface SitePage {
  readonly path: string;
  readonly lastmod?: string;
}

/**
 * The first page of every page kind that search engines should index: home, indexes, talks, events,
 * series, speakers, tags, languages, years, latest, about. Paginated continuations, the search shell
 * and 404 are left out (they are reachable from the first pages, or not content).
 */
export function sitePages(catalog: Catalog): SitePage[] {
  const pages: SitePage[] = [paths.home, paths.events, paths.speakers, paths.tags, paths.languages, paths.archives, paths.latest(1), paths.about].map((path) => ({ path }));
  for (const t of catalog.talks) pages.push(t.date ? { path: paths.talk(t.path), lastmod: t.date } : { path: paths.talk(t.path) });
  for (const e of catalog.events) pages.push({ path: paths.event(e.slug) });
  for (const s of catalog.series) pages.push({ path: paths.series(s.slug) });
  for (const s of catalog.speakers) pages.push({ path: paths.speaker(s.slug) });
  for (const t of catalog.tags) pages.push({ path: paths.tag(t.slug) });
  for (const l of catalog.languages) pages.push({ path: paths.language(l.code) });
  for (const y of catalog.years) pages.push({ path: paths.year(y.year) });
  return pages;
}

/** Every site path a real page is written to (for redirect conflicts), including the unindexed ones. */
export function pagePathSet(pages: readonly SitePage[]): Set<string> {
  const set = new Set(pages.map((p) => p.path));
  for (const p of [paths.search, paths.notFound]) set.add(p);
  return set;
}
