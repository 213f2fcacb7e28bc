// search.html: the search box in <main>, the result list, facet containers and the sort control.
// The search bundle (src/browser/search.ts) fills them; without JavaScript the page says where to browse.

import { DARR } from "#html/marks";
import type { BuildContext } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { OutputFile } from "../../output/output-file.js";
import { MANIFEST_PATH } from "../../search/index-format.js";
import { Layout } from "./layout.js";
import { page } from "./render-page.js";

// Facets in the order the page shows them; tags and speakers load their lists when opened.
const FACETS = [
  ["series", "Conference"],
  ["event", "Event"],
  ["year", "Year"],
  ["language", "Language"],
] as const;
const LIST_FACETS = [
  ["tag", "Tag"],
  ["speaker", "Speaker"],
] as const;

/** The search page. */
export function searchPage(ctx: BuildContext): OutputFile {
  const { site } = ctx;
  return page(
    paths.search,
    <Layout ctx={ctx} meta={{ title: "Search", path: paths.search, description: `Search the talks of ${site.name} by title, speaker, tag, event or topic.` }}>
      <h1>Search talks</h1>
      <form role="search" aria-label="Search talks" action={href(site, paths.search)} method="get" class="search-form" id="search-form">
        <label for="search-q">Search for</label>
        <input id="search-q" type="search" name="q" autocomplete="off" spellcheck={false} aria-describedby="search-help" aria-controls="search-results" />
        <button type="submit">Search</button>
      </form>
      <p id="search-help" class="muted search-help">
        Type a title, a speaker, a topic or an event; results appear as you type. Press <kbd>/</kbd> anywhere to search, <kbd>{DARR}</kbd> to move
        through the results.
      </p>
      <div id="search-app" class="search-app" data-index={href(site, MANIFEST_PATH)} hidden>
        <div class="search-main">
          <div class="search-bar">
            {/* The count shows at once; screen readers hear it from the live region once typing pauses. */}
            <p id="search-count" class="search-status" aria-hidden="true"></p>
            <p id="search-status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></p>
            <label class="search-sort">
              Sort by{" "}
              <select id="search-sort">
                <option value="relevance">relevance</option>
                <option value="newest">newest first</option>
              </select>
            </label>
          </div>
          <ol id="search-results" class="talk-list search-results"></ol>
          <button type="button" id="search-more" class="search-more" hidden>
            Show more results
          </button>
        </div>
        <section class="search-facets" aria-labelledby="facets-heading">
          <h2 id="facets-heading" class="visually-hidden">Filters</h2>
          {FACETS.map(([name, label]) => (
            <div class="facet" data-facet={name}>
              <h3 class="facet-name">{label}</h3>
              <ul class="facet-values"></ul>
            </div>
          ))}
          <details class="facet-lists" id="facet-lists">
            <summary>Tags and speakers</summary>
            {LIST_FACETS.map(([name, label]) => (
              <div class="facet" data-facet={name}>
                <h3 class="facet-name">{label}</h3>
                <ul class="facet-values"></ul>
              </div>
            ))}
          </details>
        </section>
      </div>
      <noscript>
        <p>
          Search runs in your browser and needs JavaScript. Without it, browse the talks by <a href={href(site, paths.events)}>event</a>,{" "}
          <a href={href(site, paths.speakers)}>speaker</a>, <a href={href(site, paths.tags)}>tag</a> or{" "}
          <a href={href(site, paths.languages)}>language</a>, or the <a href={href(site, paths.latest(1))}>latest talks</a>.
        </p>
      </noscript>
    </Layout>,
  );
}
