// Language pages `/language/{code}.html` (paginated) and the small `/languages.html` index.

import { unit, type BuildContext, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, LanguageGroup } from "../../model/catalog.js";
import { langTag } from "../../model/language.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { FeedLinks, feedPair } from "./feed-links.js";
import { Layout } from "./layout.js";
import { type ListOptions, pageCount, pageSlice, pageTitle, pageUnits, PagedTalks } from "./pagination.js";
import { page } from "./render-page.js";
import { sortByName } from "./sort-key.js";
import { talkListRenderer } from "./talk-list-renderer.js";

/** languages.html and a unit per page of every language. */
export function languagePages(catalog: Catalog, ctx: BuildContext, opts: ListOptions): Unit[] {
  const size = opts.pageSize;
  return [
    unit(paths.languages, (c) => languagesIndex(c, ctx)),
    ...catalog.languages.flatMap(({ code, talks }) =>
      pageUnits(paths.language(code), pageCount(talks.length, size), (c, n) => {
        const language = c.languageByCode.get(code);
        return language ? languagePage(language, c, ctx, size, n) : [];
      }),
    ),
  ];
}

function languagePage(language: LanguageGroup, catalog: Catalog, ctx: BuildContext, size: number, n: number): OutputFile {
  const first = paths.language(language.code);
  const title = `Talks in ${language.name}`;
  const feed = feedPair(title, `language_${language.code}`);
  const talks = count(language.talks.length, "talk");
  const p = pageSlice(first, language.talks, size, n);
  return page(
    p.path,
    <Layout ctx={ctx} meta={{ title: pageTitle(title, p.page), path: p.path, description: `${talks} in ${language.name}.`, feeds: [feed] }}>
      <header class="page-header">
        <h1>{title}</h1>
        <p class="page-meta">
          {language.nativeName !== language.name ? (
            <>
              <span lang={langTag(language.code)}>{language.nativeName}</span>
              {" · "}
            </>
          ) : null}
          {talks} · <FeedLinks ctx={ctx} feed={feed} /> · <a href={href(ctx.site, paths.languages)}>All languages</a>
        </p>
      </header>
      <PagedTalks ctx={ctx} first={first} slice={p} list={talkListRenderer(catalog, ctx)} />
    </Layout>,
  );
}

// pyvideo.org's languages.html was one 20 MB page; links to its `#eng`-style anchors land on the
// row with that id here, which links to the language's own pages.
function languagesIndex(catalog: Catalog, ctx: BuildContext): OutputFile {
  const languages = sortByName(catalog.languages, (l) => l.name, (l) => l.code);
  const total = catalog.languages.reduce((n, l) => n + l.talks.length, 0);
  // `newest` holds every talk, and changes only when talks come, go or move: reading `talks` would
  // render this page again after any edit of any talk.
  const all = catalog.newest.length;
  return page(
    paths.languages,
    <Layout ctx={ctx} meta={{ title: "Languages", path: paths.languages, description: `Talks in ${count(languages.length, "language")}.` }}>
      <h1>Languages</h1>
      <p>
        {count(total, "talk")} in {count(languages.length, "language")}.
        {all > total ? ` ${count(all - total, "talk")} with no language recorded.` : ""}
      </p>
      <table class="languages">
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col">Native name</th>
            <th scope="col">Code</th>
            <th scope="col">Talks</th>
          </tr>
        </thead>
        <tbody>
          {languages.map((l) => (
            <tr id={l.code}>
              <th scope="row">
                <a href={href(ctx.site, paths.language(l.code))}>{l.name}</a>
              </th>
              <td>
                <span lang={langTag(l.code)}>{l.nativeName}</span>
              </td>
              <td>
                <code>{l.code}</code>
              </td>
              <td>{count(l.talks.length)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>,
  );
}
