// The home page: counts, a search box, latest events and talks, top tags, speakers and languages.

import { unit, type BuildContext, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, Event } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { Layout } from "./layout.js";
import { page } from "./render-page.js";
import { talkListRenderer } from "./talk-list-renderer.js";

/** Events, newest first (by start date, else year, else first talk). */
export function eventsNewestFirst(catalog: Catalog): Event[] {
  const key = (e: Event): string => e.startDate ?? (e.talks[0] ? catalog.talkByPath.get(e.talks[0])?.date : undefined) ?? String(e.year ?? "");
  return [...catalog.events].sort((a, b) => (key(b) < key(a) ? -1 : key(b) > key(a) ? 1 : a.slug < b.slug ? -1 : 1));
}

/** The home page. */
export function homePage(_catalog: Catalog, ctx: BuildContext): Unit[] {
  return [unit(paths.home, (c) => home(c, ctx))];
}

function home(catalog: Catalog, ctx: BuildContext): OutputFile {
  const { site } = ctx;
  const events = eventsNewestFirst(catalog).slice(0, 8);
  const latest = catalog.newest.slice(0, 10);
  const topTags = [...catalog.tags].sort((a, b) => b.talks.length - a.talks.length || (a.slug < b.slug ? -1 : 1)).slice(0, 24);
  const topSpeakers = [...catalog.speakers].sort((a, b) => b.talks.length - a.talks.length || (a.slug < b.slug ? -1 : 1)).slice(0, 24);
  const languages = [...catalog.languages].sort((a, b) => b.talks.length - a.talks.length || (a.code < b.code ? -1 : 1));
  return page(
    paths.home,
    <Layout ctx={ctx} meta={{ title: site.name, path: paths.home, description: `${count(catalog.newest.length, "talk")} from ${count(catalog.events.length, "event")}, free to watch.`, feeds: [{ title: "Latest talks", atom: "feeds/all.atom.xml", rss: "feeds/all.rss.xml" }] }}>
      <section class="hero">
        <h1>{site.name}</h1>
        <p>
          {count(catalog.newest.length, "talk")} from {count(catalog.events.length, "event")} by {count(catalog.speakers.length, "speaker")} in {count(catalog.languages.length, "language")}.
        </p>
        <form role="search" aria-label="Find a talk" action={href(site, paths.search)} method="get" class="hero-search">
          <label for="home-search-q">Find a talk</label>
          <input id="home-search-q" type="search" name="q" placeholder="Title, speaker, topic..." />
          <button type="submit">Search</button>
        </form>
      </section>
      <section aria-labelledby="latest-events">
        <h2 id="latest-events">Latest events</h2>
        <ul class="event-list">
          {events.map((e) => (
            <li><a href={href(site, paths.event(e.slug))}>{e.title}</a> <span class="muted">{count(e.talks.length, "talk")}</span></li>
          ))}
        </ul>
        <p><a href={href(site, paths.events)}>All events</a></p>
      </section>
      <section aria-labelledby="latest-talks">
        <h2 id="latest-talks">Latest talks</h2>
        {talkListRenderer(catalog, ctx)(latest)}
        <p><a href={href(site, paths.latest(1))}>More recent talks</a></p>
      </section>
      <section aria-labelledby="top-tags">
        <h2 id="top-tags">Popular tags</h2>
        <ul class="chips">{topTags.map((t) => <li><a href={href(site, paths.tag(t.slug))}>{t.name}</a> <span class="muted">{t.talks.length}</span></li>)}</ul>
      </section>
      <section aria-labelledby="top-speakers">
        <h2 id="top-speakers">Frequent speakers</h2>
        <ul class="chips">{topSpeakers.map((s) => <li><a href={href(site, paths.speaker(s.slug))}>{s.name}</a> <span class="muted">{s.talks.length}</span></li>)}</ul>
      </section>
      <section aria-labelledby="languages">
        <h2 id="languages">Languages</h2>
        <ul class="chips">{languages.map((l) => <li><a href={href(site, paths.language(l.code))}>{l.name}</a> <span class="muted">{l.talks.length}</span></li>)}</ul>
      </section>
    </Layout>,
  );
}
