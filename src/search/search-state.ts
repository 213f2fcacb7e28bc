// The state of the search page, as its URL says it (`?q=&event=&series=&language=&year=&tag=&speaker=&sort=`):
// shareable, and Back returns to the previous search.

/** Filters a search can have, one value each. */
export const FILTERS = ["series", "event", "language", "year", "tag", "speaker"] as const;

/** One filter name. */
export type Filter = (typeof FILTERS)[number];

/** What the page searches for. */
export interface SearchState {
  readonly q: string;
  readonly filters: Readonly<Partial<Record<Filter, string>>>;
  /** "relevance" ranks by score; "newest" by date. Without a query, "relevance" means newest first too. */
  readonly sort: "relevance" | "newest";
}

/** The state a query string describes (unknown parameters and empty values are ignored). */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<Filter, string>> = {};
  for (const name of FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { q: (params.get("q") ?? "").slice(0, 200), filters, sort: params.get("sort") === "newest" ? "newest" : "relevance" };
}

/** The query string of a state ("?q=django&year=2019"), parameters in a fixed order; "" for the empty state. */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== "") params.set("q", state.q);
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort === "newest") params.set("sort", "newest");
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** True when two states search for the same thing. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return stateQuery(a) === stateQuery(b);
}
