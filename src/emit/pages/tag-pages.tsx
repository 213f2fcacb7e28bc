// Tag pages `/tag/{slug}/` (paginated) and the compact `/tags.html` of every tag with its count.

import { unit, type BuildContext, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, Tag } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { FeedLinks, feedPair } from "./feed-links.js";
import { Layout } from "./layout.js";
import { type ListOptions, pageCount, pageSlice, pageTitle, pageUnits, PagedTalks } from "./pagination.js";
import { page } from "./render-page.js";
import { LETTER_KEYS, letterLabel, letterOf, sortByName } from "./sort-key.js";
import { talkListRenderer } from "./talk-list-renderer.js";

/** tags.html and a unit per page of every tag. */
export function tagPages(catalog: Catalog, ctx: BuildContext, opts: ListOptions): Unit[] {
  const size = opts.pageSize;
  return [
    unit(paths.tags, (c) => tagsIndex(c, ctx)),
    ...catalog.tags.flatMap(({ slug, talks }) =>
      pageUnits(paths.tag(slug), pageCount(talks.length, size), (c, n) => {
        const tag = c.tagBySlug.get(slug);
        return tag ? tagPage(tag, c, ctx, size, n) : [];
      }),
    ),
  ];
}

function tagPage(tag: Tag, catalog: Catalog, ctx: BuildContext, size: number, n: number): OutputFile {
  const first = paths.tag(tag.slug);
  const others = tag.spellings.filter((s) => s !== tag.name);
  const title = `Tag: ${tag.name}`;
  const feed = feedPair(`Talks tagged ${tag.name}`, `tag_${tag.slug}`);
  const talks = count(tag.talks.length, "talk");
  const p = pageSlice(first, tag.talks, size, n);
  return page(
    p.path,
    <Layout ctx={ctx} meta={{ title: pageTitle(title, p.page), path: p.path, description: `${talks} tagged "${tag.name}".`, feeds: [feed] }}>
      <header class="page-header">
        <h1>
          Talks tagged <q>{tag.name}</q>
        </h1>
        <p class="page-meta">
          {talks} · <FeedLinks ctx={ctx} feed={feed} /> · <a href={href(ctx.site, paths.tags)}>All tags</a>
        </p>
        {others.length > 0 ? <p>Also written as {others.map((s, i) => <>{i > 0 ? ", " : ""}<q>{s}</q></>)}.</p> : null}
      </header>
      <PagedTalks ctx={ctx} first={first} slice={p} list={talkListRenderer(catalog, ctx)} />
    </Layout>,
  );
}

// One chip per tag, grouped under letter headings: about 55 bytes a tag (the snapshot's 2,623 tags → ~140 KB),
// so the page stays well under 250 KB even with a long path prefix in every link.
function tagsIndex(catalog: Catalog, ctx: BuildContext): OutputFile {
  const { site } = ctx;
  const groups = new Map<string, Tag[]>();
  for (const t of sortByName(catalog.tags, (x) => x.name, (x) => x.slug)) {
    const key = letterOf(t.name);
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  const letters = LETTER_KEYS.filter((k) => groups.has(k));
  return page(
    paths.tags,
    <Layout ctx={ctx} meta={{ title: "Tags", path: paths.tags, description: `${count(catalog.tags.length, "tag")} with their number of talks.` }}>
      <h1>Tags</h1>
      <p>{count(catalog.tags.length, "tag")}, each with its number of talks.</p>
      <nav aria-label="Tags by letter">
        <ul class="chips letters">
          {letters.map((k) => (
            <li>
              <a href={`#tags-${k}`}>{letterLabel(k)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((k) => (
        <section aria-labelledby={`tags-${k}`}>
          <h2 id={`tags-${k}`}>{letterLabel(k)}</h2>
          <ul class="chips">
            {(groups.get(k) ?? []).map((t) => (
              <li>
                <a href={href(site, paths.tag(t.slug))}>{t.name}</a> {t.talks.length}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>,
  );
}
