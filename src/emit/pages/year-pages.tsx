// The archives: `/archives.html` and `/archives/{YYYY}/` (paginated); pyvideo.org's month URLs redirect into them.

import type { BuildContext } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, Year } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { Layout } from "./layout.js";
import { type ListOptions, pageTitle, paginate, Pagination } from "./pagination.js";
import { movedPage } from "./moved-page.js";
import { page } from "./render-page.js";
import type { RenderTalkList } from "./talk-list-renderer.js";

/** The year under which pyvideo.org listed talks with no recorded date. */
export const PYVIDEO_UNDATED_YEAR = 1990;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** One month of a year: how many talks, and the index in the year's newest-first list of its newest talk. */
export interface Month {
  readonly month: number;
  readonly count: number;
  readonly start: number;
}

/** The months of a year with talks, latest month first (the year's list is newest first, so each month is one run). */
export function monthsOf(year: Year, catalog: Catalog): Month[] {
  const months: { month: number; count: number; start: number }[] = [];
  year.talks.forEach((p, i) => {
    const m = Number(catalog.talkByPath.get(p)?.date?.slice(5, 7));
    if (!(m >= 1 && m <= 12)) return;
    const last = months[months.length - 1];
    if (last && last.month === m) last.count++;
    else months.push({ month: m, count: 1, start: i });
  });
  return months;
}

/**
 * archives.html and every year's pages. pyvideo.org's month archives `/archives/{YYYY}/{Mon}/` become
 * redirects to the year page where that month begins: month lists would repeat every talk a sixth
 * time (~550 pages, 10 MB) for little use, since the year pages are already newest first.
 */
export function yearPages(catalog: Catalog, ctx: BuildContext, list: RenderTalkList, opts: ListOptions): OutputFile[] {
  const years = catalog.years.map((year) => ({ year, months: monthsOf(year, catalog) }));
  const undated = catalog.talks.filter((t) => !t.date).map((t) => t.path);
  const files: OutputFile[] = [archivesIndex(years, undated, ctx, list, opts.pageSize)];
  // pyvideo.org filed talks with no date under January 1990 (its Pelican default date).
  if (undated.length > 0 && !catalog.years.some((y) => y.year === PYVIDEO_UNDATED_YEAR)) {
    files.push(movedPage(ctx, paths.year(PYVIDEO_UNDATED_YEAR), `${paths.archives}#undated`, "Talks with no date"));
    files.push(movedPage(ctx, paths.month(PYVIDEO_UNDATED_YEAR, 1), `${paths.archives}#undated`, "Talks with no date"));
  }
  for (const { year, months } of years) {
    const first = paths.year(year.year);
    const title = `Talks of ${year.year}`;
    const nav = <MonthNav ctx={ctx} year={year.year} months={months} size={opts.pageSize} />;
    for (const p of paginate(first, year.talks, opts.pageSize)) {
      files.push(
        page(
          p.path,
          <Layout ctx={ctx} meta={{ title: pageTitle(title, p.page), path: p.path, description: `${count(year.talks.length, "talk")} recorded in ${year.year}, newest first.` }}>
            <header class="page-header">
              <h1>{pageTitle(title, p.page)}</h1>
              <p class="page-meta">
                {count(year.talks.length, "talk")}, newest first · <a href={href(ctx.site, paths.archives)}>All years</a>
              </p>
              {nav}
            </header>
            {list(p.items)}
            <Pagination ctx={ctx} first={first} page={p.page} pages={p.pages} />
          </Layout>,
        ),
      );
    }
    for (const m of months) files.push(movedPage(ctx, paths.month(year.year, m.month), monthPage(year.year, m, opts.pageSize), `${MONTHS[m.month - 1] ?? ""} ${year.year}`));
  }
  return files;
}

// The page of the year's list where a month begins.
function monthPage(year: number, m: Month, size: number): string {
  return paths.page(paths.year(year), Math.floor(m.start / size) + 1);
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

function archivesIndex(years: readonly { year: Year; months: readonly Month[] }[], undated: readonly string[], ctx: BuildContext, list: RenderTalkList, size: number): OutputFile {
  return page(
    paths.archives,
    <Layout ctx={ctx} meta={{ title: "Archives", path: paths.archives, description: "Talks by the year and month they were recorded." }}>
      <h1>Archives</h1>
      <p>Talks by the year and month they were recorded, newest first.</p>
      {years.map(({ year, months }) => (
        <section aria-labelledby={`y${year.year}`}>
          <h2 id={`y${year.year}`}>
            <a href={href(ctx.site, paths.year(year.year))}>{year.year}</a> <small>{count(year.talks.length, "talk")}</small>
          </h2>
          <MonthNav ctx={ctx} year={year.year} months={months} size={size} />
        </section>
      ))}
      {undated.length > 0 ? (
        <section aria-labelledby="undated">
          <h2 id="undated">Talks with no date</h2>
          {list(undated)}
        </section>
      ) : null}
    </Layout>,
  );
}
