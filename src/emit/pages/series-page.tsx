// Series pages `/series/{series}.html`: every year of a conference, newest first.

import { NDASH } from "#html/marks";
import { unit, type BuildContext, type Html, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, Event, Series } from "../../model/catalog.js";
import { count, formatDate } from "../format.js";
import { Layout } from "./layout.js";
import { page } from "./render-page.js";

/** "3 May 2019 &ndash; 5 May 2019", "3 May 2019", else the event's year, else "". */
export function eventDates(event: Event): Html | string {
  if (!event.startDate) return event.year === undefined ? "" : String(event.year);
  return event.endDate && event.endDate !== event.startDate ? (
    <>
      {formatDate(event.startDate)} {NDASH} {formatDate(event.endDate)}
    </>
  ) : (
    formatDate(event.startDate)
  );
}

/** A unit per series page (also for one-event series, so the URL holds when a second year arrives). */
export function seriesPages(catalog: Catalog, ctx: BuildContext): Unit[] {
  return catalog.series.map(({ slug }) =>
    unit(paths.series(slug), (c) => {
      const series = c.seriesBySlug.get(slug);
      return series ? page(paths.series(slug), <SeriesPage series={series} catalog={c} ctx={ctx} />) : [];
    }),
  );
}

function SeriesPage(props: { series: Series; catalog: Catalog; ctx: BuildContext }) {
  const { series, catalog, ctx } = props;
  const events = series.events.map((slug) => catalog.eventBySlug.get(slug)).filter((e): e is Event => e !== undefined);
  const talks = events.reduce((n, e) => n + e.talks.length, 0);
  return (
    <Layout ctx={ctx} meta={{ title: `${series.name}: all events`, path: paths.series(series.slug), description: `${count(events.length, "event")} of ${series.name}, ${count(talks, "talk")}.` }}>
      <header class="page-header">
        <h1>{series.name}</h1>
        <p class="page-meta">
          {count(events.length, "event")} · {count(talks, "talk")} · <a href={href(ctx.site, paths.events)}>All events</a>
        </p>
      </header>
      <ul class="event-list">
        {events.map((e) => {
          const dates = eventDates(e);
          return (
            <li>
              <a href={href(ctx.site, paths.event(e.slug))}>{e.title}</a>{" "}
              <span class="muted">
                {dates ? <>{dates} · </> : null}
                {count(e.talks.length, "talk")}
              </span>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}
