// Machine-readable files: redirects, sitemap index, robots.txt, OpenSearch description.

import { type BuildContext, type Emitter, unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import type { Catalog, Talk } from "../../model/catalog.js";
import { openSearch } from "./opensearch.js";
import { cmp, entityPages, eventsInPathOrder, FIXED_PAGES, pagePathSet, sitePageCount } from "./page-paths.js";
import { redirectPage } from "./redirect-page.js";
import { planRedirects, type RedirectPlan, type TalkAlias } from "./redirect-plan.js";
import { redirectsFile } from "./redirects-file.js";
import { robotsTxt } from "./robots.js";
import { sitemapCount, sitemapFile, sitemapIndex, sitemapLine } from "./sitemap.js";

/**
 * Redirect pages and _redirects, sitemaps, robots.txt, opensearch.xml, each a unit. A redirect
 * page is a function of its rule alone, so its unit reads nothing and its id holds the rule (a
 * changed target is another unit); the plan and the sitemap's talk lines are gathered from
 * per-event memoized pieces, so an edit recomputes one event's piece.
 */
export const machineFiles: Emitter = function* (catalog, ctx) {
  const { site } = ctx;
  for (const { from, file, to, source } of redirectPlan(catalog, ctx).rules) yield unit(`${file} → ${to}`, () => redirectPage({ from, file, to, source }, site));
  yield unit("_redirects", (c) => ({ path: "_redirects", content: redirectsFile(redirectPlan(c, ctx), site) }));
  // The number of sitemaps follows from the number of pages, which the lists' lengths give.
  const count = sitemapCount(sitePageCount(catalog));
  yield unit(`sitemap.xml of ${count}`, () => sitemapIndex(count, site));
  for (let n = 1; n <= count; n++) yield unit(`sitemap-${n}.xml`, (c) => sitemapFile(n, sitemapLines(c, ctx)));
  yield unit("robots.txt", () => robotsTxt(site));
  yield unit("opensearch.xml", () => openSearch(site));
};

// The redirect plan, from the set of page paths (memoized: it changes only when pages come or go)
// and every talk's aliases gathered per event.
function redirectPlan(catalog: Catalog, ctx: BuildContext): RedirectPlan {
  return ctx.memo("machine", "redirect-plan", () => {
    const pages = ctx.memo("machine", "page-paths", () => pagePathSet(catalog));
    const aliases: TalkAlias[] = [];
    for (const slug of eventsInPathOrder(catalog))
      for (const a of ctx.memo("machine:aliases", slug, () => talksByPath(catalog, slug).flatMap((t) => t.aliases.map((alias) => ({ alias, path: t.path }))))) aliases.push(a);
    return planRedirects(catalog, ctx.site, pages, aliases);
  });
}

// The <url> line of every page in `sitePages` order: fixed pages, talks by path, then the lists.
function sitemapLines(catalog: Catalog, ctx: BuildContext): string[] {
  const { site } = ctx;
  const pieces = [FIXED_PAGES.map((path) => sitemapLine({ path }, site))];
  for (const slug of eventsInPathOrder(catalog))
    pieces.push(
      ctx.memo("machine:sitemap-talks", slug, () => talksByPath(catalog, slug).map((t) => sitemapLine(t.date ? { path: paths.talk(t.path), lastmod: t.date } : { path: paths.talk(t.path) }, site))),
    );
  pieces.push(ctx.memo("machine", "sitemap-entities", () => entityPages(catalog).map((p) => sitemapLine(p, site))));
  return pieces.flat();
}

// The talks of one event in path order.
function talksByPath(catalog: Catalog, slug: string): Talk[] {
  const talks = [...(catalog.eventBySlug.get(slug)?.talks ?? [])].sort(cmp);
  return talks.map((p) => catalog.talkByPath.get(p)).filter((t) => t !== undefined);
}
