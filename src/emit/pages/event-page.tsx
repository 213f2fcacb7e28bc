// The event page `/events/{event}.html`: description, dates, website, series, talks in recorded order.

import { unit, type BuildContext, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { absoluteUrl, href } from "../../build/site.js";
import type { Catalog, Event } from "../../model/catalog.js";
import { count } from "../format.js";
import { Layout } from "./layout.js";
import { page } from "./render-page.js";
import { eventDates } from "./series-page.js";
import { talkListRenderer } from "./talk-list-renderer.js";
import { jsonLd } from "./talk-page.js";
import { raw } from "#html/jsx-runtime";

/** Every event page. */
export function eventPages(catalog: Catalog, ctx: BuildContext): Unit[] {
  return catalog.events.map(({ slug }) => unit(slug, (c) => page(paths.event(slug), <EventPage event={c.eventBySlug.get(slug) as Event} catalog={c} ctx={ctx} />)));
}

function EventPage(props: { event: Event; catalog: Catalog; ctx: BuildContext }) {
  const { event, catalog, ctx } = props;
  const series = catalog.seriesBySlug.get(event.series);
  // Without a start date the page shows none (the series page shows the event's year).
  const dates = event.startDate ? eventDates(event) : "";
  const ld = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    url: absoluteUrl(ctx.site, paths.event(event.slug)),
    ...(event.startDate ? { startDate: event.startDate } : {}),
    ...(event.endDate ? { endDate: event.endDate } : {}),
    ...(event.url ? { sameAs: event.url } : {}),
  };
  return (
    <Layout
      ctx={ctx}
      meta={{
        title: event.title,
        path: paths.event(event.slug),
        description: `${count(event.talks.length, "talk")} from ${event.title}.`,
        feeds: [{ title: `${event.title} talks`, atom: `feeds/event_${event.slug}.atom.xml`, rss: `feeds/event_${event.slug}.rss.xml` }],
        head: <script type="application/ld+json">{raw(jsonLd(ld))}</script>,
      }}
    >
      <header class="page-header">
        <h1>{event.title}</h1>
        <p class="page-meta">
          {dates ? <>{dates} · </> : null}
          {count(event.talks.length, "talk")}
          {event.url ? (
            <>
              {" · "}
              <a href={event.url}>Event website</a>
            </>
          ) : null}
          {series && series.events.length > 1 ? (
            <>
              {" · "}
              <a href={href(ctx.site, paths.series(series.slug))}>All {series.name} events</a>
            </>
          ) : null}
        </p>
      </header>
      {event.description ? <section class="description rst">{ctx.rst(event.description)}</section> : null}
      <section aria-labelledby="talks-heading">
        <h2 id="talks-heading">Talks</h2>
        {talkListRenderer(catalog, ctx, { showEvent: false })(event.talks)}
      </section>
    </Layout>
  );
}
