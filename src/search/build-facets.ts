// The facet files of the search index: a small core (series, events, languages, years) every query
// needs, and the many-valued tag and speaker lists a page loads only when it shows or filters them.

import type { Catalog } from "../model/catalog.js";
import { delta, run, type FacetList, type FacetsCore } from "./index-format.js";

// A speaker or tag with fewer talks is left out of the facet lists (its page lists its talks): the
// 11,000 one- and two-talk speakers would triple the file for values no count would rank.
const MIN_SPEAKER_TALKS = 3;
const MIN_TAG_TALKS = 2;

/** The core facet data; `docs` gives each document's event number, language code and year. */
export function facetsCore(catalog: Catalog, docs: readonly { event: number; language: string; year: number }[], eventOrder: readonly string[]): FacetsCore {
  const seriesIndex = new Map(catalog.series.map((s, i) => [s.slug, i]));
  const languageIndex = new Map(catalog.languages.map((l, i) => [l.code, i]));
  return {
    series: catalog.series.map((s) => [s.slug, s.name]),
    events: eventOrder.map((slug) => {
      const event = catalog.eventBySlug.get(slug);
      return [slug, event?.title ?? slug, seriesIndex.get(event?.series ?? "") ?? -1, event?.year ?? 0];
    }),
    languages: catalog.languages.map((l) => [l.code, l.name]),
    docEvent: run(docs.map((d) => d.event)),
    docLanguage: run(docs.map((d) => languageIndex.get(d.language) ?? -1)),
    docYear: run(docs.map((d) => d.year)),
  };
}

/** One many-valued facet: values with enough talks, most talks first, and their documents. */
export function facetList(
  groups: readonly { slug: string; name: string; talks: readonly string[] }[],
  docOf: ReadonlyMap<string, number>,
  kind: "speakers" | "tags",
): FacetList {
  const min = kind === "speakers" ? MIN_SPEAKER_TALKS : MIN_TAG_TALKS;
  const kept = groups
    .map((g) => ({ g, docs: g.talks.map((p) => docOf.get(p)).filter((d): d is number => d !== undefined).sort((a, b) => a - b) }))
    .filter((x) => x.docs.length >= min)
    .sort((a, b) => b.docs.length - a.docs.length || (a.g.slug < b.g.slug ? -1 : 1));
  return { values: kept.map((x) => [x.g.slug, x.g.name]), docs: kept.map((x) => delta(x.docs)) };
}
