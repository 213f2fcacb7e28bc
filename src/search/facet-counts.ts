// Facet counts of a result set: for each facet, the values most talks of the results have, with
// their counts, and the selected value even when no result has it.

import { undelta, type FacetList, type FacetsCore } from "./index-format.js";
import type { Filter, SearchState } from "./search-state.js";

/** One value of a facet. */
export interface FacetValue {
  /** What the URL says (`?event=<value>`). */
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
}

/** Per-document facet values, decoded from the core file. */
export interface FacetColumns {
  readonly docEvent: readonly number[];
  readonly docLanguage: readonly number[];
  readonly docYear: readonly number[];
}

/** Counts per facet; tags and speakers only once their lists are loaded. */
export type FacetCounts = Partial<Record<Filter, readonly FacetValue[]>>;

// A facet shows its most frequent values; the others stay reachable by query or by their pages.
const SHOWN = 10;

/** Counts of every facet over the documents `ids`. */
export function facetCounts(
  ids: readonly number[],
  filters: SearchState["filters"],
  core: FacetsCore,
  columns: FacetColumns,
  lists: { tags: FacetList; speakers: FacetList } | undefined,
): FacetCounts {
  const events = new Map<number, number>();
  const series = new Map<number, number>();
  const languages = new Map<number, number>();
  const years = new Map<number, number>();
  const bump = (m: Map<number, number>, k: number): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (const id of ids) {
    const e = columns.docEvent[id] ?? -1;
    bump(events, e);
    bump(series, core.events[e]?.[2] ?? -1);
    bump(languages, columns.docLanguage[id] ?? -1);
    bump(years, columns.docYear[id] ?? 0);
  }
  const pick = (name: Filter, counts: Map<number, number>, label: (k: number) => [string, string] | undefined, byKey = false): FacetValue[] => {
    const values: FacetValue[] = [];
    for (const [k, count] of counts) {
      const l = label(k);
      if (l) values.push({ value: l[0], label: l[1], count, selected: filters[name] === l[0] });
    }
    values.sort((a, b) => (byKey ? (a.value < b.value ? 1 : -1) : b.count - a.count || (a.label < b.label ? -1 : 1)));
    const shown = values.slice(0, SHOWN);
    const selected = filters[name];
    if (selected !== undefined && !shown.some((v) => v.selected)) shown.push(values.find((v) => v.selected) ?? { value: selected, label: selected, count: 0, selected: true });
    return shown;
  };
  const counts: FacetCounts = {
    series: pick("series", series, (k) => core.series[k]),
    event: pick("event", events, (k) => {
      const e = core.events[k];
      return e ? [e[0], e[1]] : undefined;
    }),
    language: pick("language", languages, (k) => core.languages[k]),
    year: pick("year", years, (k) => (k > 0 ? [String(k), String(k)] : undefined), true),
  };
  if (lists) {
    const inResults = new Set(ids);
    for (const [name, list] of [["tag", lists.tags], ["speaker", lists.speakers]] as const) {
      const m = new Map<number, number>();
      list.docs.forEach((docs, i) => {
        let n = 0;
        for (const d of undelta(docs)) if (inResults.has(d)) n++;
        if (n > 0) m.set(i, n);
      });
      counts[name] = pick(name, m, (k) => list.values[k]);
    }
  }
  return counts;
}
