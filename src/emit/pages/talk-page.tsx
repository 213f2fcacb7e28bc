// The talk page `/{event}/{talk}.html`: player, speakers, event, date, language, duration, tags,
// description, links, licence, previous/next in the event, related talks, "edit this page".

import { raw } from "#html/jsx-runtime";
import { LARR, RARR } from "#html/marks";
import { unit, type BuildContext, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { absoluteUrl, href } from "../../build/site.js";
import type { Catalog, Talk } from "../../model/catalog.js";
import { langTag, lookupLanguage } from "../../model/language.js";
import { formatDate, formatDuration, isoDuration } from "../format.js";
import { Layout } from "./layout.js";
import { Player } from "./player.js";
import { page } from "./render-page.js";
import { SpeakerLinks } from "./talk-list.js";
import { talkListRenderer } from "./talk-list-renderer.js";
import type { OutputFile } from "../../output/output-file.js";

/** Every talk page. */
export function* talkPages(catalog: Catalog, ctx: BuildContext): Iterable<Unit> {
  // Enumerated from `newest` (paths only): a talk's edit then changes no enumeration.
  for (const path of catalog.newest) yield unit(path, (c) => talkPage(path, c, ctx));
}

function talkPage(path: string, catalog: Catalog, ctx: BuildContext): OutputFile {
  const talk = catalog.talkByPath.get(path) as Talk;
  return page(paths.talk(path), <TalkPage talk={talk} catalog={catalog} ctx={ctx} title={catalog.pageTitles.get(path) ?? talk.title} related={catalog.related.get(path) ?? []} />);
}

function TalkPage(props: { talk: Talk; catalog: Catalog; ctx: BuildContext; title: string; related: readonly string[] }) {
  const { talk, catalog, ctx } = props;
  const { site } = ctx;
  const event = catalog.eventBySlug.get(talk.eventSlug);
  const siblings = event?.talks ?? [];
  const at = siblings.indexOf(talk.path);
  // Neighbours by path and memoized title: their other fields do not show here.
  const title = (path: string): string => ctx.memo("talk-title", path, () => catalog.talkByPath.get(path)?.title ?? path);
  const prevPath = at > 0 ? siblings[at - 1] : undefined;
  const nextPath = at >= 0 && at < siblings.length - 1 ? siblings[at + 1] : undefined;
  const prev = prevPath ? { path: prevPath, title: title(prevPath) } : undefined;
  const next = nextPath ? { path: nextPath, title: title(nextPath) } : undefined;
  const language = talk.language ? lookupLanguage(talk.language) : undefined;
  const lang = talk.language && talk.language !== "eng" ? langTag(talk.language) : undefined;
  const { related } = props;
  const speakerNames = talk.speakers.map((s, i) => catalog.speakerBySlug.get(s)?.name ?? talk.speakerNames[i] ?? s);
  const summary = plainSummary(talk);
  const edit = site.editUrl ? site.editUrl.replace("{path}", talk.file) : undefined;
  return (
    <Layout
      ctx={ctx}
      meta={{
        title: props.title,
        path: paths.talk(talk.path),
        description: summary,
        ogType: "video.other",
        image: talk.thumbnailUrl,
        head: <script type="application/ld+json">{raw(jsonLd(videoObject(talk, summary, speakerNames, ctx, event?.title)))}</script>,
      }}
    >
      <article class="talk" lang={lang}>
        <header>
          <h1>{talk.title}</h1>
          <p class="talk-byline">
            {talk.speakers.length > 0 ? <SpeakerLinks talk={talk} catalog={catalog} ctx={ctx} /> : "Speaker unknown"}
            {event ? (
              <>
                {" · "}
                <a href={href(site, paths.event(event.slug))}>{event.title}</a>
              </>
            ) : null}
          </p>
        </header>
        <Player talk={talk} ctx={ctx} lang={lang} />
        <dl class="talk-facts" lang="en">
          {talk.date ? (
            <>
              <dt>Recorded</dt>
              <dd><time datetime={talk.date}>{formatDate(talk.date)}</time></dd>
            </>
          ) : null}
          {talk.duration ? (
            <>
              <dt>Duration</dt>
              <dd>{formatDuration(talk.duration)}</dd>
            </>
          ) : null}
          {language ? (
            <>
              <dt>Language</dt>
              <dd><a href={href(site, paths.language(language.code))}>{language.name}</a></dd>
            </>
          ) : null}
          {talk.tags.length > 0 ? (
            <>
              <dt>Tags</dt>
              <dd>
                <ul class="tags">
                  {talk.tags.map((t) => (
                    <li><a href={href(site, paths.tag(t))}>{catalog.tagBySlug.get(t)?.name ?? t}</a></li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
        <RstSection ctx={ctx} text={talk.summary} class="summary" label="Summary" />
        <RstSection ctx={ctx} text={talk.description} class="description" heading="Description" />
        <TalkLinks talk={talk} />
        <TalkNotes talk={talk} />
      </article>
      <nav class="talk-nav" aria-label="More from this event" lang="en">
        {prev ? <a rel="prev" href={href(site, paths.talk(prev.path))}>{LARR} {prev.title}</a> : null}
        {next ? <a rel="next" href={href(site, paths.talk(next.path))}>{next.title} {RARR}</a> : null}
      </nav>
      {related.length > 0 ? (
        <section class="related" aria-labelledby="related-heading">
          <h2 id="related-heading">Related talks</h2>
          {talkListRenderer(catalog, ctx)(related)}
        </section>
      ) : null}
      {edit ? <p class="edit-link"><a href={edit}>Edit this page</a> (the data is in {talk.file})</p> : null}
    </Layout>
  );
}

// The parts of a talk page that few talks have are components TalkPage always calls (they render
// nothing when there is nothing to show): when such a part was written in TalkPage itself, the
// first talk that had it, coming after V8 had optimized the page, made V8 deoptimize the whole
// page (an element it had never seen made) and compile it again — ≈ 0.16 s of a build each time.

/** A ReST text of the talk in its section (the summary and the description share one call of `ctx.rst`). */
function RstSection(props: { ctx: BuildContext; text: string | undefined; class: string; label?: string; heading?: string }) {
  if (!props.text) return null;
  return (
    <section class={`${props.class} rst`} aria-label={props.label}>
      {props.heading ? <h2>{props.heading}</h2> : null}
      {props.ctx.rst(props.text)}
    </section>
  );
}

/** The talk's related links, labelled. */
function TalkLinks(props: { talk: Talk }) {
  const links = props.talk.relatedUrls;
  if (links.length === 0) return null;
  return (
    <section class="links" lang="en">
      <h2>Links</h2>
      <ul>
        {links.map((l) => (
          <li><a href={l.url} rel="nofollow">{l.label ?? l.url}</a></li>
        ))}
      </ul>
    </section>
  );
}

/** Quality notes and licence. */
function TalkNotes(props: { talk: Talk }) {
  const { qualityNotes, copyright } = props.talk;
  if (!qualityNotes && !copyright) return null;
  return (
    <section class="notes" lang="en">
      {qualityNotes ? <p><strong>Quality notes:</strong> {qualityNotes}</p> : null}
      {copyright ? <p><strong>Licence:</strong> {copyright}</p> : null}
    </section>
  );
}

/** A short plain-text description for meta tags (first paragraph, no markup, ≤ 200 characters). */
export function plainSummary(talk: Pick<Talk, "summary" | "description">): string | undefined {
  const source = talk.summary ?? talk.description ?? "";
  // The first 200 characters come from the start of a long text: its first SUMMARY_PREFIX
  // characters give the same summary whenever they give more than 200 (a paragraph cut short has
  // the same first characters, and a blank line beyond the cut only ends it after them).
  let text = firstParagraph(source.length > SUMMARY_PREFIX ? source.slice(0, SUMMARY_PREFIX) : source);
  if (text.length <= 200 && source.length > SUMMARY_PREFIX) text = firstParagraph(source);
  if (!text) return undefined;
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

const SUMMARY_PREFIX = 1000;

// The first paragraph of a ReST text as plain text: markup characters dropped, white space folded.
function firstParagraph(source: string): string {
  const blank = /\n\s*\n/.exec(source);
  return (blank ? source.slice(0, blank.index) : source).replace(/[`*_|]+/g, "").replace(/\s+/g, " ").trim();
}

function videoObject(talk: Talk, summary: string | undefined, speakers: string[], ctx: BuildContext, eventTitle?: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name: talk.title,
    url: absoluteUrl(ctx.site, paths.talk(talk.path)),
    ...(summary ? { description: summary } : {}),
    ...(talk.thumbnailUrl ? { thumbnailUrl: talk.thumbnailUrl } : {}),
    ...(talk.date ? { uploadDate: talk.date } : {}),
    ...(talk.duration ? { duration: isoDuration(talk.duration) } : {}),
    ...(talk.language ? { inLanguage: langTag(talk.language) } : {}),
    ...(talk.videos[0] ? { contentUrl: talk.videos[0].url } : {}),
    ...(speakers.length ? { author: speakers.map((name) => ({ "@type": "Person", name })) } : {}),
    ...(eventTitle ? { recordedAt: { "@type": "Event", name: eventTitle } } : {}),
  };
}

/** JSON for a <script> element: `<`, `>` and `&` escaped so no text can close the element. */
export function jsonLd(value: unknown): string {
  const json = JSON.stringify(value);
  // Most texts have none of them: one scan decides.
  return SCRIPT_UNSAFE.test(json) ? json.replace(SCRIPT_UNSAFE_ALL, (c) => SCRIPT_ESCAPES[c] as string) : json;
}

const SCRIPT_UNSAFE = /[<>&]/;
const SCRIPT_UNSAFE_ALL = /[<>&]/g;
const SCRIPT_ESCAPES: Readonly<Record<string, string>> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026" };
