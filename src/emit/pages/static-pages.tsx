// Pages with little data: 404, about, and the search page (search-page.tsx).

import { unit, type BuildContext, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { Layout } from "./layout.js";
import { page } from "./render-page.js";
import { searchPage } from "./search-page.js";

/** 404.html, pages/about.html and search.html. */
export function staticPages(_catalog: Catalog, ctx: BuildContext): (OutputFile | Unit)[] {
  const { site } = ctx;
  return [
    page(
      paths.notFound,
      <Layout ctx={ctx} meta={{ title: "Page not found", path: paths.notFound, noindex: true }}>
        <h1>Page not found</h1>
        <p>There is no page at this address. The talk may have moved: try searching for it, or browse the <a href={href(site, paths.events)}>events</a>.</p>
        <form role="search" aria-label="Search talks" action={href(site, paths.search)} method="get" class="search-form">
          <label for="nf-q">Search talks</label> <input id="nf-q" type="search" name="q" /> <button type="submit">Search</button>
        </form>
      </Layout>,
    ),
    unit(paths.about, (catalog) =>
      page(
        paths.about,
        <Layout ctx={ctx} meta={{ title: "About", path: paths.about }}>
          <h1>About {site.name}</h1>
          <p>
            {site.name} indexes {count(catalog.newest.length, "talk")} from {count(catalog.events.length, "event")}. Each page links to the recording where
            its publisher put it; videos are only loaded from their host when you press play.
          </p>
          <p>
            The index is built by talkdex from a repository of JSON files. Anyone can suggest a correction: every talk page has an edit link when the site
            is configured with one. Data for machines: <a href={href(site, "api/v1/index.json")}>the JSON API</a>, <a href={href(site, "feeds/all.atom.xml")}>the Atom feed</a>
            and <a href={href(site, "sitemap.xml")}>the sitemap</a>.
          </p>
        </Layout>,
      ),
    ),
    searchPage(ctx),
  ];
}
