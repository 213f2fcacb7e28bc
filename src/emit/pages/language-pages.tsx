// Language pages `/language/{code}.html` (paginated) and the small `/languages.html` index.

import type { BuildContext } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, LanguageGroup } from "../../model/catalog.js";
import { langTag } from "../../model/language.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { FeedLinks, feedPair } from "./feed-links.js";
import { Layout } from "./layout.js";
import { type ListOptions, pageTitle, paginate, PagedTalks } from "./pagination.js";
import { page } from "./render-page.js";
import { sortByName } from "./sort-key.js";
import type { RenderTalkList } from "./talk-list-renderer.js";

/** languages.html and every language's pages. */
export function languagePages(catalog: Catalog, ctx: BuildContext, list: RenderTalkList, opts: ListOptions): OutputFile[] {
  return [languagesIndex(catalog, ctx), ...catalog.languages.flatMap((l) => oneLanguage(l, ctx, list, opts.pageSize))];
}

function oneLanguage(language: LanguageGroup, ctx: BuildContext, list: RenderTalkList, size: number): OutputFile[] {
  const first = paths.language(language.code);
  const title = `Talks in ${language.name}`;
  const feed = feedPair(title, `language_${language.code}`);
  const talks = count(language.talks.length, "talk");
  return paginate(first, language.talks, size).map((p) =>
    page(
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
        <PagedTalks ctx={ctx} first={first} slice={p} list={list} />
      </Layout>,
    ),
  );
}

// pyvideo.org's languages.html was one 20 MB page; links to its `#eng`-style anchors land on the
// row with that id here, which links to the language's own pages.
function languagesIndex(catalog: Catalog, ctx: BuildContext): OutputFile {
  const languages = sortByName(catalog.languages, (l) => l.name, (l) => l.code);
  const total = catalog.languages.reduce((n, l) => n + l.talks.length, 0);
  return page(
    paths.languages,
    <Layout ctx={ctx} meta={{ title: "Languages", path: paths.languages, description: `Talks in ${count(languages.length, "language")}.` }}>
      <h1>Languages</h1>
      <p>
        {count(total, "talk")} in {count(languages.length, "language")}.
        {catalog.talks.length > total ? ` ${count(catalog.talks.length - total, "talk")} with no language recorded.` : ""}
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
