// `/events.html`: every event, grouped by series, series in alphabetical order.

import { unit, type BuildContext, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, Event, Series } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { Layout } from "./layout.js";
import { page } from "./render-page.js";
import { LETTER_KEYS, letterLabel, letterOf, sortByName } from "./sort-key.js";

/** How an event is named inside its series: "PyCon US 2019" → "2019"; a title without the series name stays whole. */
export function labelInSeries(event: Event, series: Series): string {
  const rest = event.title.startsWith(series.name) ? event.title.slice(series.name.length).trim() : "";
  return rest !== "" ? rest : event.title;
}

/** The unit of events.html. */
export function eventsIndex(ctx: BuildContext): Unit {
  return unit(paths.events, (c) => eventsPage(c, ctx));
}

// Alphabetical by series name, because that is how people look a conference up; years newest first.
function eventsPage(catalog: Catalog, ctx: BuildContext): OutputFile {
  const { site } = ctx;
  const groups = new Map<string, Series[]>();
  for (const s of sortByName(catalog.series, (x) => x.name, (x) => x.slug)) {
    const key = letterOf(s.name);
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  const letters = LETTER_KEYS.filter((k) => groups.has(k));
  const eventsOf = (s: Series): Event[] => s.events.map((e) => catalog.eventBySlug.get(e)).filter((e): e is Event => e !== undefined);
  return page(
    paths.events,
    <Layout ctx={ctx} meta={{ title: "Events", path: paths.events, description: `${count(catalog.events.length, "event")} in ${count(catalog.series.length)} series.` }}>
      <h1>Events</h1>
      <p>
        {count(catalog.events.length, "event")} of {count(catalog.series.length)} conferences and meetups, A to Z. The <a href={href(site, paths.archives)}>archives</a> list talks by year.
      </p>
      <nav aria-label="Events by letter">
        <ul class="chips letters">
          {letters.map((k) => (
            <li>
              <a href={`#events-${k}`}>{letterLabel(k)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((k) => (
        <section aria-labelledby={`events-${k}`}>
          <h2 id={`events-${k}`}>{letterLabel(k)}</h2>
          <ul class="event-list">
            {(groups.get(k) ?? []).map((s) => {
              const events = eventsOf(s);
              const only = events.length === 1 ? events[0] : undefined;
              if (only) {
                return (
                  <li>
                    <a href={href(site, paths.event(only.slug))}>{only.title}</a> <small>{count(only.talks.length, "talk")}</small>
                  </li>
                );
              }
              return (
                <li>
                  <a href={href(site, paths.series(s.slug))}>{s.name}</a> <small>{count(events.length, "event")}</small>:{" "}
                  {events.map((e, i) => {
                    const label = labelInSeries(e, s);
                    return (
                      <>
                        {i > 0 ? ", " : ""}
                        <a href={href(site, paths.event(e.slug))}>
                          {label !== e.title ? <span class="visually-hidden">{s.name} </span> : null}
                          {label}
                        </a>
                      </>
                    );
                  })}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </Layout>,
  );
}
