// The archives: `/archives.html` and `/archives/{YYYY}/` (paginated); pyvideo.org's month URLs redirect into them.

import { unit, type BuildContext, type Html, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, Year } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { Layout } from "./layout.js";
import { type ListOptions, pageCount, pageSlice, pageTitle, pageUnits, Pagination } from "./pagination.js";
import { movedPage } from "./moved-page.js";
import { page } from "./render-page.js";
import { talkListRenderer } from "./talk-list-renderer.js";

/** The year under which pyvideo.org listed talks with no recorded date. */
export const PYVIDEO_UNDATED_YEAR = 1990;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** One month of a year: how many talks, and the index in the year's newest-first list of its newest talk. */
export interface Month {
  readonly month: number;
  readonly count: number;
  readonly start: number;
}

/**
 * The months of a year with talks, latest month first. The year's list is newest first, so each
 * month is one run and months only fall along it: each run's end is found by bisection, reading the
 * dates of about a dozen talks a month instead of every talk. What it reads is what it depends on:
 * with those dates and the list unchanged, it finds the same runs, and they are right for any list
 * in date order, so an incremental build renders the months again only when one of them changes.
 */
export function monthsOf(year: Year, catalog: Catalog): Month[] {
  const talks = year.talks;
  const monthAt = (i: number): number => Number(catalog.talkByPath.get(talks[i] ?? "")?.date?.slice(5, 7));
  const months: Month[] = [];
  for (let start = 0; start < talks.length; ) {
    const month = monthAt(start);
    // The first index after the run: every index below `lo` is in it, none from `hi` on.
    let lo = start + 1;
    let hi = talks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (monthAt(mid) === month) lo = mid + 1;
      else hi = mid;
    }
    if (month >= 1 && month <= 12) months.push({ month, count: lo - start, start });
    start = lo;
  }
  return months;
}

/**
 * The months of year `year` (see `monthsOf`), computed once for its pages, its month redirects and
 * archives.html, which all depend on the year and the dates `monthsOf` read.
 */
export function yearMonths(catalog: Catalog, ctx: BuildContext, year: number): readonly Month[] {
  return ctx.memo("list:months", String(year), () => {
    const y = catalog.yearByNumber.get(year);
    return y ? monthsOf(y, catalog) : [];
  });
}

/**
 * The talks with no recorded date, by path: the end of `newest`, after the years' talks (the
 * newest-first list is the years' lists one after the other, then the undated talks).
 */
export function undatedTalks(catalog: Catalog, ctx: BuildContext): readonly string[] {
  return ctx.memo("list", "undated-talks", () => catalog.newest.slice(catalog.years.reduce((n, y) => n + y.talks.length, 0)));
}

/**
 * archives.html and every year's pages, a unit each. pyvideo.org's month archives
 * `/archives/{YYYY}/{Mon}/` become redirects to the year page where that month begins (one unit per
 * year, since which months exist depends on the talks' dates): month lists would repeat every talk
 * a sixth time (~550 pages, 10 MB) for little use, since the year pages are already newest first.
 */
export function yearPages(catalog: Catalog, ctx: BuildContext, opts: ListOptions): Unit[] {
  const size = opts.pageSize;
  const units: Unit[] = [unit(paths.archives, (c) => archivesIndex(c, ctx, size))];
  // pyvideo.org filed talks with no date under January 1990 (its Pelican default date).
  if (undatedTalks(catalog, ctx).length > 0 && !catalog.yearByNumber.has(PYVIDEO_UNDATED_YEAR)) {
    for (const from of [paths.year(PYVIDEO_UNDATED_YEAR), paths.month(PYVIDEO_UNDATED_YEAR, 1)]) units.push(unit(from, () => movedPage(ctx, from, `${paths.archives}#undated`, "Talks with no date")));
  }
  for (const { year, talks } of catalog.years) {
    units.push(
      ...pageUnits(paths.year(year), pageCount(talks.length, size), (c, n) => {
        const y = c.yearByNumber.get(year);
        return y ? yearPage(y, c, ctx, size, n) : [];
      }),
    );
    units.push(unit(`${paths.year(year)}#months`, (c) => yearMonths(c, ctx, year).map((m) => movedPage(ctx, paths.month(year, m.month), monthPage(year, m, size), `${MONTHS[m.month - 1] ?? ""} ${year}`))));
  }
  return units;
}

function yearPage(year: Year, catalog: Catalog, ctx: BuildContext, size: number, n: number): OutputFile {
  const first = paths.year(year.year);
  const title = `Talks of ${year.year}`;
  const p = pageSlice(first, year.talks, size, n);
  return page(
    p.path,
    <Layout ctx={ctx} meta={{ title: pageTitle(title, p.page), path: p.path, description: `${count(year.talks.length, "talk")} recorded in ${year.year}, newest first.` }}>
      <header class="page-header">
        <h1>{pageTitle(title, p.page)}</h1>
        <p class="page-meta">
          {count(year.talks.length, "talk")}, newest first · <a href={href(ctx.site, paths.archives)}>All years</a>
        </p>
        {monthNav(catalog, ctx, year.year, size)}
      </header>
      {talkListRenderer(catalog, ctx)(p.items)}
      <Pagination ctx={ctx} first={first} page={p.page} pages={p.pages} />
    </Layout>,
  );
}

// The page of the year's list where a month begins.
function monthPage(year: number, m: Month, size: number): string {
  return paths.page(paths.year(year), Math.floor(m.start / size) + 1);
}

// The month links of a year, rendered once for its pages and archives.html.
function monthNav(catalog: Catalog, ctx: BuildContext, year: number, size: number): Html {
  return ctx.memo("list:month-nav", `${year}:${size}`, () => <MonthNav ctx={ctx} year={year} months={yearMonths(catalog, ctx, year)} size={size} />);
}

function MonthNav(props: { ctx: BuildContext; year: number; months: readonly Month[]; size: number }) {
  return (
    <nav aria-label={`Months of ${props.year}`}>
      <ul class="chips">
        {[...props.months].reverse().map((m) => (
          <li>
            <a href={href(props.ctx.site, monthPage(props.year, m, props.size))}>
              {MONTHS[m.month - 1]}
              <span class="visually-hidden"> {props.year}</span>
            </a>{" "}
            <small>{count(m.count)}</small>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function archivesIndex(catalog: Catalog, ctx: BuildContext, size: number): OutputFile {
  const undated = undatedTalks(catalog, ctx);
  return page(
    paths.archives,
    <Layout ctx={ctx} meta={{ title: "Archives", path: paths.archives, description: "Talks by the year and month they were recorded." }}>
      <h1>Archives</h1>
      <p>Talks by the year and month they were recorded, newest first.</p>
      {catalog.years.map((year) => (
        <section aria-labelledby={`y${year.year}`}>
          <h2 id={`y${year.year}`}>
            <a href={href(ctx.site, paths.year(year.year))}>{year.year}</a> <small>{count(year.talks.length, "talk")}</small>
          </h2>
          {monthNav(catalog, ctx, year.year, size)}
        </section>
      ))}
      {undated.length > 0 ? (
        <section aria-labelledby="undated">
          <h2 id="undated">Talks with no date</h2>
          {talkListRenderer(catalog, ctx)(undated)}
        </section>
      ) : null}
    </Layout>,
  );
}
