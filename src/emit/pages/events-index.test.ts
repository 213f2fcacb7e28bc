import { test } from "node:test";
import assert from "node:assert/strict";
import type { Event, Series } from "../../model/catalog.js";
import { labelInSeries } from "./events-index.js";
import { eventDates } from "./series-page.js";

const series: Series = { slug: "pycon-us", name: "PyCon US", events: [] };
const event = (title: string, extra: Partial<Event> = {}): Event => ({ slug: "x", folder: "x", file: "x/category.json", title, series: "pycon-us", talks: [], ...extra });

test("an event is labelled by what its title adds to the series name", () => {
  assert.equal(labelInSeries(event("PyCon US 2019"), series), "2019");
  assert.equal(labelInSeries(event("PyCon US"), series), "PyCon US");
  assert.equal(labelInSeries(event("Sprint Day"), series), "Sprint Day");
});

test("event dates show a range, a single day, else the year", () => {
  assert.equal(String(eventDates(event("a", { startDate: "2019-05-01", endDate: "2019-05-09" }))), "1 May 2019 &ndash; 9 May 2019");
  assert.equal(eventDates(event("a", { startDate: "2019-05-01", endDate: "2019-05-01" })), "1 May 2019");
  assert.equal(eventDates(event("a", { year: 2019 })), "2019");
  assert.equal(eventDates(event("a")), "");
});
