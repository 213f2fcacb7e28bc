// Pagination of long lists: slicing, page titles, and the accessible page navigation.

import { HELLIP, LARR, RARR } from "#html/marks";
import { unit, type BuildContext, type Html, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";

/** Talks per page of every paginated list: about 50 KB of HTML, far below the 250 KB page budget. */
export const PAGE_SIZE = 100;

/** Sizes of the paginated lists (tests use small ones to see several pages of a small dataset). */
export interface ListOptions {
  /** Talks per page. */
  readonly pageSize: number;
  /** Pages of /latest/; older talks are reached through the archives. */
  readonly latestPages: number;
}

/** 100 talks a page; /latest/ has 10 pages, the 1,000 newest talks. */
export const DEFAULT_LIST_OPTIONS: ListOptions = Object.freeze({ pageSize: PAGE_SIZE, latestPages: 10 });

/** One page of a paginated list. */
export interface PageSlice<T> {
  /** 1-based. */
  readonly page: number;
  readonly pages: number;
  /** Site path of this page. */
  readonly path: string;
  readonly items: readonly T[];
}

/** How many pages a list of `items` items takes (always at least one, so an empty list still has its page). */
export function pageCount(items: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(items / size));
}

/** Page `page` (1-based) of `items` cut into pages of `size`. */
export function pageSlice<T>(first: string, items: readonly T[], size: number, page: number): PageSlice<T> {
  return { page, pages: pageCount(items.length, size), path: paths.page(first, page), items: items.slice((page - 1) * size, page * size) };
}

/** Cuts `items` into pages of `size` (always at least one page, so an empty list still has its page). */
export function paginate<T>(first: string, items: readonly T[], size: number = PAGE_SIZE): PageSlice<T>[] {
  return Array.from({ length: pageCount(items.length, size) }, (_, i) => pageSlice(first, items, size, i + 1));
}

/**
 * One unit per page of a paginated list whose first page is `first`, each with its output path as
 * id; `render(catalog, page)` renders page `page` (1-based) from the catalog it is given.
 */
export function pageUnits(first: string, pages: number, render: (catalog: Catalog, page: number) => OutputFile | readonly OutputFile[]): Unit[] {
  return Array.from({ length: pages }, (_, i) => unit(paths.page(first, i + 1), (catalog) => render(catalog, i + 1)));
}

/** "Title" on page 1, "Title, page 2" after, so every page has a unique title. */
export function pageTitle(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title;
}

/** Page numbers to link: the first, the last and two either side of the current; `null` marks a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** The page navigation of a list (nothing when there is one page); the current page is bold, so it shows without CSS. */
export function Pagination(props: { ctx: BuildContext; first: string; page: number; pages: number }) {
  const { ctx, first, page, pages } = props;
  if (pages <= 1) return null;
  const link = (n: number): string => href(ctx.site, paths.page(first, n));
  return (
    <nav class="pagination" aria-label="Pagination">
      {page > 1 ? (
        <a rel="prev" href={link(page - 1)}>
          {LARR} Previous<span class="visually-hidden"> page</span>
        </a>
      ) : null}
      {pageWindow(page, pages).map((n) =>
        n === null ? (
          <span aria-hidden="true">{HELLIP}</span>
        ) : (
          <a href={link(n)} aria-current={n === page ? "page" : undefined}>
            <span class="visually-hidden">Page </span>
            {n === page ? <strong>{n}</strong> : n}
          </a>
        ),
      )}
      {page < pages ? (
        <a rel="next" href={link(page + 1)}>
          Next<span class="visually-hidden"> page</span> {RARR}
        </a>
      ) : null}
    </nav>
  );
}

/** The talks section of one page of a paginated list page: heading, the page's talks, navigation. */
export function PagedTalks(props: { ctx: BuildContext; first: string; slice: PageSlice<string>; list: (talks: readonly string[]) => Html }) {
  const { ctx, first, slice } = props;
  return (
    <section aria-labelledby="talks-heading">
      <h2 id="talks-heading">{pageTitle("Talks", slice.page)}</h2>
      {props.list(slice.items)}
      <Pagination ctx={ctx} first={first} page={slice.page} pages={slice.pages} />
    </section>
  );
}
