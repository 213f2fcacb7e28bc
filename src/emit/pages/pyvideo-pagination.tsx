// pyvideo.org's paginated copies (`speaker/x2.html`, `tag/x/index2.html`, `events/x2.html`,
// `index2.html`), kept alive as small redirect pages to the page of ours that shows the same talks.

import { unit, type BuildContext, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import type { Catalog } from "../../model/catalog.js";
import { tagSlug } from "../../model/slug.js";
import type { OutputFile } from "../../output/output-file.js";
import { movedPage } from "./moved-page.js";
import type { ListOptions } from "./pagination.js";
import { anonymousTalks, UNKNOWN_SPEAKER_SLUG } from "./speaker-pages.js";

/** Pelican's page size in pyvideo.org's configuration: its page n held items (n-1)·10 … n·10-1. */
export const PYVIDEO_PAGE_SIZE = 10;

/** One old paginated list: its page-n path, how many items it had, and where item i lives now. */
interface OldList {
  readonly oldPage: (n: number) => string;
  readonly items: number;
  readonly target: (item: number) => string;
  readonly what: string;
}

/**
 * The unit of the redirect pages for every paginated copy pyvideo.org wrote (pages 2… of speakers,
 * tags, events and the home page), each to our page holding the old page's first talk. A path some
 * real page or redirect could use (a speaker slug that happens to end in a digit, a talk's alias) is
 * never taken. Talks' aliases are not keyed in the catalog, so this one unit reads every talk and
 * renders again after any talk edit; it then only filters pages rendered once by `copyPages`.
 */
export function pyvideoPagination(ctx: BuildContext, opts: ListOptions): Unit {
  return unit("pyvideo-pagination", (catalog) => {
    const claimed = claimedByTalks(catalog);
    return copyPages(catalog, ctx, opts).filter((f) => !claimed.has(f.path));
  });
}

// Every redirect page of an old copy whose path no page or redirect of the site takes, leaving out
// only what talks take (see `claimedByTalks`): leaving those out afterwards drops the same pages
// as leaving them out here, since a path taken is never written by any list.
function copyPages(catalog: Catalog, ctx: BuildContext, opts: ListOptions): readonly OutputFile[] {
  return ctx.memo("list:pyvideo-copies", `${opts.pageSize}:${opts.latestPages}`, () => {
    // Our page of a list (first page `first`) that shows item `i`.
    const pageOf = (first: string, i: number, items: number): string => paths.page(first, Math.floor(Math.min(i, Math.max(0, items - 1)) / opts.pageSize) + 1);
    const lists: OldList[] = [];
    for (const s of catalog.speakers) {
      const first = paths.speaker(s.slug);
      for (const slug of [s.slug, ...s.otherSlugs])
        lists.push({ oldPage: (n) => `speaker/${slug}${n}.html`, items: s.talks.length, target: (i) => pageOf(first, i, s.talks.length), what: `A page of ${s.name}'s talks` });
    }
    const anonymous = anonymousTalks(catalog, ctx).length;
    if (anonymous > 0) {
      const first = paths.speaker(UNKNOWN_SPEAKER_SLUG);
      lists.push({ oldPage: (n) => `speaker/${UNKNOWN_SPEAKER_SLUG}${n}.html`, items: anonymous, target: (i) => pageOf(first, i, anonymous), what: "A page of talks with no speaker named" });
    }
    for (const t of catalog.tags) {
      const first = paths.tag(t.slug);
      for (const slug of [t.slug, ...t.otherSlugs]) {
        // Pelican listed a talk once per spelling of the tag ("PyConAU", "pyconau"), so its pages could
        // hold each talk several times: allow for as many pages as that could make.
        const spellings = Math.max(1, t.spellings.filter((s) => tagSlug(s) === slug).length);
        lists.push({ oldPage: (n) => `tag/${slug}/index${n}.html`, items: t.talks.length * spellings, target: (i) => pageOf(first, Math.floor(i / spellings), t.talks.length), what: `A page of talks tagged ${t.name}` });
      }
    }
    for (const e of catalog.events)
      lists.push({ oldPage: (n) => `events/${e.slug}${n}.html`, items: e.talks.length, target: () => paths.event(e.slug), what: `A page of ${e.title}` });
    const newest = catalog.newest.length;
    lists.push({ oldPage: (n) => `index${n}.html`, items: newest, target: newestTarget(catalog, newest, opts, pageOf), what: "A page of talks" });

    const taken = takenPaths(catalog);
    const files: OutputFile[] = [];
    for (const list of lists) {
      const pages = Math.ceil(list.items / PYVIDEO_PAGE_SIZE);
      for (let n = 2; n <= pages; n++) {
        const from = list.oldPage(n);
        if (taken.has(from)) continue;
        taken.add(from);
        files.push(movedPage(ctx, from, list.target((n - 1) * PYVIDEO_PAGE_SIZE), list.what));
      }
    }
    return files;
  });
}

// Talk i of the newest-first list: on /latest/ while it reaches, then on its year's archive page
// (the newest-first list is the years' lists one after the other, then the undated talks).
function newestTarget(catalog: Catalog, total: number, opts: ListOptions, pageOf: (first: string, i: number, items: number) => string): (i: number) => string {
  const shown = Math.min(total, opts.latestPages * opts.pageSize);
  return (i) => {
    if (i < shown) return pageOf(paths.latest(1), i, shown);
    let start = 0;
    for (const y of catalog.years) {
      if (i < start + y.talks.length) return pageOf(paths.year(y.year), i - start, y.talks.length);
      start += y.talks.length;
    }
    return paths.archives;
  };
}

// Whether a path is where an old copy could live (top level, speaker/, tag/, events/).
function copyArea(path: string): boolean {
  return !path.includes("/") || /^(speaker|tag|events)\//.test(path);
}

// Paths that pages or redirects of the site other than talks' may occupy where copies live, so an
// old copy never shadows them.
function takenPaths(catalog: Catalog): Set<string> {
  const taken = new Set<string>();
  const add = (path: string): void => {
    if (copyArea(path)) taken.add(path);
  };
  for (const s of catalog.speakers) for (const slug of [s.slug, ...s.otherSlugs]) add(paths.speaker(slug));
  for (const t of catalog.tags) for (const slug of [t.slug, ...t.otherSlugs]) add(paths.tag(slug));
  for (const e of catalog.events) add(paths.event(e.slug));
  for (const r of catalog.redirects) add(r.from.replace(/^\/+/, ""));
  return taken;
}

// Paths that talks' pages (of events named like a copy folder) and the redirects of their aliases take.
function claimedByTalks(catalog: Catalog): Set<string> {
  const claimed = new Set<string>();
  for (const t of catalog.talks) {
    if (t.eventSlug === "speaker" || t.eventSlug === "tag" || t.eventSlug === "events") claimed.add(paths.talk(t.path));
    for (const a of t.aliases) {
      const path = a.replace(/^\/+/, "");
      if (copyArea(path)) claimed.add(path);
    }
  }
  return claimed;
}
