// The newest talks `/latest/`, paginated and bounded; older talks are reached through the archives.

import type { BuildContext } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { Layout } from "./layout.js";
import { type ListOptions, pageTitle, paginate, Pagination } from "./pagination.js";
import { page } from "./render-page.js";
import type { RenderTalkList } from "./talk-list-renderer.js";

/** latest/index.html, latest/2.html … up to `opts.latestPages`, from every talk path newest first; the archives list the rest. */
export function latestPages(ctx: BuildContext, list: RenderTalkList, newest: readonly string[], opts: ListOptions): OutputFile[] {
  const first = paths.latest(1);
  const shown = newest.slice(0, opts.latestPages * opts.pageSize);
  const title = "Latest talks";
  return paginate(first, shown, opts.pageSize).map((p) =>
    page(
      p.path,
      <Layout ctx={ctx} meta={{ title: pageTitle(title, p.page), path: p.path, description: `The ${count(shown.length)} most recently recorded talks.`, feeds: [{ title: "Latest talks", atom: "feeds/all.atom.xml", rss: "feeds/all.rss.xml" }] }}>
        <header class="page-header">
          <h1>{pageTitle(title, p.page)}</h1>
          <p class="page-meta">
            The {count(shown.length)} most recently recorded talks · <a href={href(ctx.site, "feeds/all.atom.xml")}>Atom feed</a>
          </p>
        </header>
        {list(p.items)}
        <Pagination ctx={ctx} first={first} page={p.page} pages={p.pages} />
        {p.page === p.pages ? (
          <p>
            Older talks are in the <a href={href(ctx.site, paths.archives)}>archives by year</a>.
          </p>
        ) : null}
      </Layout>,
    ),
  );
}
