// Speaker pages `/speaker/{slug}.html`: every spelling of one person, their talks newest first, paginated.

import { raw } from "#html/jsx-runtime";
import type { BuildContext } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { absoluteUrl } from "../../build/site.js";
import type { Catalog, Speaker } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { FeedLinks, feedPair } from "./feed-links.js";
import { Layout } from "./layout.js";
import { type ListOptions, pageTitle, paginate, PagedTalks } from "./pagination.js";
import { page } from "./render-page.js";
import type { RenderTalkList } from "./talk-list-renderer.js";
import { jsonLd } from "./talk-page.js";

/** pyvideo.org's page of the talks that name no speaker (its Pelican AUTHOR "Unknown"). */
export const UNKNOWN_SPEAKER_SLUG = "unknown";

/** The talks of `speaker/unknown.html` (newest first): those naming no speaker, unless a person has that slug. */
export function anonymousTalks(catalog: Catalog, newest: readonly string[]): string[] {
  return catalog.speakerBySlug.has(UNKNOWN_SPEAKER_SLUG) ? [] : newest.filter((p) => catalog.talkByPath.get(p)?.speakers.length === 0);
}

/** Every speaker page, plus `speaker/unknown.html` when there are `anonymous` talks. */
export function speakerPages(catalog: Catalog, ctx: BuildContext, list: RenderTalkList, anonymous: readonly string[], opts: ListOptions): OutputFile[] {
  const files = catalog.speakers.flatMap((speaker) => oneSpeaker(speaker, ctx, list, opts.pageSize));
  if (anonymous.length > 0) files.push(...unknownSpeaker(anonymous, ctx, list, opts.pageSize));
  return files;
}

function oneSpeaker(speaker: Speaker, ctx: BuildContext, list: RenderTalkList, size: number): OutputFile[] {
  const first = paths.speaker(speaker.slug);
  const others = speaker.spellings.filter((s) => s !== speaker.name);
  const ld = {
    "@context": "https://schema.org",
    "@type": "Person",
    name: speaker.name,
    ...(others.length > 0 ? { alternateName: others } : {}),
    url: absoluteUrl(ctx.site, first),
  };
  const feed = feedPair(`Talks by ${speaker.name}`, `speaker_${speaker.slug}`);
  const talks = count(speaker.talks.length, "talk");
  return paginate(first, speaker.talks, size).map((p) =>
    page(
      p.path,
      <Layout
        ctx={ctx}
        meta={{
          title: pageTitle(speaker.name, p.page),
          path: p.path,
          description: `${talks} by ${speaker.name}.`,
          ogType: "profile",
          feeds: [feed],
          head: <script type="application/ld+json">{raw(jsonLd(ld))}</script>,
        }}
      >
        <header class="page-header">
          <h1>{speaker.name}</h1>
          <p class="page-meta">
            {talks} · <FeedLinks ctx={ctx} feed={feed} />
          </p>
          {others.length > 0 ? <p>Also credited as {others.map((s, i) => <>{i > 0 ? ", " : ""}<span class="spelling">{s}</span></>)}.</p> : null}
        </header>
        <PagedTalks ctx={ctx} first={first} slice={p} list={list} />
      </Layout>,
    ),
  );
}

function unknownSpeaker(talks: readonly string[], ctx: BuildContext, list: RenderTalkList, size: number): OutputFile[] {
  const first = paths.speaker(UNKNOWN_SPEAKER_SLUG);
  const title = "Talks with no speaker named";
  const feed = feedPair(title, `speaker_${UNKNOWN_SPEAKER_SLUG}`);
  return paginate(first, talks, size).map((p) =>
    page(
      p.path,
      <Layout ctx={ctx} meta={{ title: pageTitle(title, p.page), path: p.path, description: `${count(talks.length, "talk")} whose speakers are not recorded.`, feeds: [feed] }}>
        <header class="page-header">
          <h1>{title}</h1>
          <p class="page-meta">{count(talks.length, "talk")} whose data names no speaker · <FeedLinks ctx={ctx} feed={feed} /></p>
        </header>
        <PagedTalks ctx={ctx} first={first} slice={p} list={list} />
      </Layout>,
    ),
  );
}
