// The newest talks `/latest/`, paginated and bounded; older talks are reached through the archives.

import type { BuildContext, Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { Layout } from "./layout.js";
import { type ListOptions, pageCount, pageSlice, pageTitle, pageUnits, Pagination } from "./pagination.js";
import { page } from "./render-page.js";
import { talkListRenderer } from "./talk-list-renderer.js";

/** A unit per page of latest/index.html, latest/2.html … up to `opts.latestPages`, newest talks first; the archives list the rest. */
export function latestPages(catalog: Catalog, ctx: BuildContext, opts: ListOptions): Unit[] {
  const shown = Math.min(catalog.newest.length, opts.latestPages * opts.pageSize);
  return pageUnits(paths.latest(1), pageCount(shown, opts.pageSize), (c, n) => latestPage(c, ctx, opts, n));
}

function latestPage(catalog: Catalog, ctx: BuildContext, opts: ListOptions, n: number): OutputFile {
  const first = paths.latest(1);
  const shown = catalog.newest.slice(0, opts.latestPages * opts.pageSize);
  const title = "Latest talks";
  const p = pageSlice(first, shown, opts.pageSize, n);
  return page(
    p.path,
    <Layout ctx={ctx} meta={{ title: pageTitle(title, p.page), path: p.path, description: `The ${count(shown.length)} most recently recorded talks.`, feeds: [{ title: "Latest talks", atom: "feeds/all.atom.xml", rss: "feeds/all.rss.xml" }] }}>
      <header class="page-header">
        <h1>{pageTitle(title, p.page)}</h1>
        <p class="page-meta">
          The {count(shown.length)} most recently recorded talks · <a href={href(ctx.site, "feeds/all.atom.xml")}>Atom feed</a>
        </p>
      </header>
      {talkListRenderer(catalog, ctx)(p.items)}
      <Pagination ctx={ctx} first={first} page={p.page} pages={p.pages} />
      {p.page === p.pages ? (
        <p>
          Older talks are in the <a href={href(ctx.site, paths.archives)}>archives by year</a>.
        </p>
      ) : null}
    </Layout>,
  );
}
