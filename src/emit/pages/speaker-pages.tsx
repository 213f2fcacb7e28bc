// Speaker pages `/speaker/{slug}.html`: every spelling of one person, their talks newest first, paginated.

import { raw } from "#html/jsx-runtime";
import type { BuildContext, Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { absoluteUrl } from "../../build/site.js";
import type { Catalog, Speaker } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { FeedLinks, feedPair } from "./feed-links.js";
import { Layout } from "./layout.js";
import { type ListOptions, pageCount, pageSlice, pageTitle, pageUnits, PagedTalks } from "./pagination.js";
import { page } from "./render-page.js";
import { talkListRenderer } from "./talk-list-renderer.js";
import { jsonLd } from "./talk-page.js";

/** pyvideo.org's page of the talks that name no speaker (its Pelican AUTHOR "Unknown"). */
export const UNKNOWN_SPEAKER_SLUG = "unknown";

/**
 * The talks of `speaker/unknown.html` (newest first): those naming no speaker, unless a person has
 * that slug. Found as the talks on no speaker's list (every speaker slug of a talk is a speaker
 * listing it), so it reads the speakers and `newest`, not every talk: editing a talk leaves it be.
 */
export function anonymousTalks(catalog: Catalog, ctx: BuildContext): readonly string[] {
  return ctx.memo("list", "anonymous-talks", () => {
    if (catalog.speakerBySlug.has(UNKNOWN_SPEAKER_SLUG)) return [];
    const named = new Set<string>();
    for (const s of catalog.speakers) for (const p of s.talks) named.add(p);
    return catalog.newest.filter((p) => !named.has(p));
  });
}

/** A unit per page of every speaker, plus `speaker/unknown.html` when some talks name no speaker. */
export function speakerPages(catalog: Catalog, ctx: BuildContext, opts: ListOptions): Unit[] {
  const size = opts.pageSize;
  const units = catalog.speakers.flatMap(({ slug, talks }) =>
    pageUnits(paths.speaker(slug), pageCount(talks.length, size), (c, n) => {
      // Gone only if the enumeration that made this unit is stale; then its pages go too.
      const speaker = c.speakerBySlug.get(slug);
      return speaker ? speakerPage(speaker, c, ctx, size, n) : [];
    }),
  );
  const anonymous = anonymousTalks(catalog, ctx).length;
  if (anonymous > 0) units.push(...pageUnits(paths.speaker(UNKNOWN_SPEAKER_SLUG), pageCount(anonymous, size), (c, n) => unknownSpeakerPage(c, ctx, size, n)));
  return units;
}

function speakerPage(speaker: Speaker, catalog: Catalog, ctx: BuildContext, size: number, n: number): OutputFile {
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
  const p = pageSlice(first, speaker.talks, size, n);
  return page(
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
      <PagedTalks ctx={ctx} first={first} slice={p} list={talkListRenderer(catalog, ctx)} />
    </Layout>,
  );
}

function unknownSpeakerPage(catalog: Catalog, ctx: BuildContext, size: number, n: number): OutputFile {
  const talks = anonymousTalks(catalog, ctx);
  const first = paths.speaker(UNKNOWN_SPEAKER_SLUG);
  const title = "Talks with no speaker named";
  const feed = feedPair(title, `speaker_${UNKNOWN_SPEAKER_SLUG}`);
  const p = pageSlice(first, talks, size, n);
  return page(
    p.path,
    <Layout ctx={ctx} meta={{ title: pageTitle(title, p.page), path: p.path, description: `${count(talks.length, "talk")} whose speakers are not recorded.`, feeds: [feed] }}>
      <header class="page-header">
        <h1>{title}</h1>
        <p class="page-meta">{count(talks.length, "talk")} whose data names no speaker · <FeedLinks ctx={ctx} feed={feed} /></p>
      </header>
      <PagedTalks ctx={ctx} first={first} slice={p} list={talkListRenderer(catalog, ctx)} />
    </Layout>,
  );
}
