// DOM of the search page's results and facets, built with textContent and attributes only: no
// text from the index ever becomes markup.

import { formatDate, formatDuration } from "../emit/format.js";
import type { Hit, SearchResult } from "../search/engine.js";
import type { FacetValue } from "../search/facet-counts.js";
import { highlightRanges } from "../search/highlight.js";
import type { FacetsCore } from "../search/index-format.js";
import { FILTERS, stateQuery, type Filter, type SearchState } from "../search/search-state.js";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `text` with the query's matches wrapped in <mark>. */
function highlighted(parent: HTMLElement, text: string, result: SearchResult): void {
  let at = 0;
  for (const [start, end] of highlightRanges(text, result.terms, result.words)) {
    if (start > at) parent.append(text.slice(at, start));
    parent.append(el("mark", undefined, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parent.append(text.slice(at));
}

function hitItem(hit: Hit, result: SearchResult, core: FacetsCore): HTMLLIElement {
  const [title, url, speakers, event, date, language, duration, thumbnail] = hit.doc;
  const li = el("li", "talk-item search-hit");
  if (/^https?:\/\//i.test(thumbnail)) {
    const img = el("img", "search-thumb");
    img.alt = "";
    img.loading = "lazy";
    img.width = 128;
    img.height = 72;
    img.src = thumbnail;
    img.addEventListener("error", () => img.remove(), { once: true });
    li.append(img);
  }
  const text = el("div", "search-hit-text");
  const a = el("a", "talk-title");
  a.href = url;
  highlighted(a, title, result);
  const meta = el("span", "talk-meta");
  if (speakers.length > 0) {
    const s = el("span", "speakers");
    highlighted(s, speakers.join(", "), result);
    meta.append(s);
  }
  const eventTitle = core.events[event]?.[1];
  if (eventTitle) meta.append(el("span", "event", eventTitle));
  if (date) {
    const time = el("time", undefined, formatDate(date));
    time.dateTime = date;
    meta.append(time);
  }
  if (duration > 0) meta.append(el("span", "duration", formatDuration(duration)));
  const lang = core.languages.find((l) => l[0] === language);
  if (lang && language !== "eng") meta.append(el("span", "language", lang[1]));
  text.append(a, meta);
  li.append(text);
  return li;
}

/** Replaces the result list's items. */
export function renderHits(list: HTMLElement, result: SearchResult, core: FacetsCore): void {
  list.replaceChildren(...result.hits.map((h) => hitItem(h, result, core)));
}

/** The state with one filter set to `value`, or removed when it already has it. */
export function toggled(state: SearchState, name: Filter, value: string): SearchState {
  const filters = { ...state.filters };
  if (filters[name] === value) delete filters[name];
  else filters[name] = value;
  return { ...state, filters };
}

/** Fills each facet's list with links (real URLs, so they work in a new tab too). */
export function renderFacets(root: HTMLElement, result: SearchResult, state: SearchState, page: string): void {
  for (const name of FILTERS) {
    const box = root.querySelector<HTMLElement>(`[data-facet="${name}"]`);
    const ul = box?.querySelector("ul");
    if (!box || !ul) continue;
    const values: readonly FacetValue[] | undefined = result.facets[name];
    if (values === undefined) continue;
    ul.replaceChildren(
      ...values.map((v) => {
        const li = el("li");
        const a = el("a", "facet-link");
        a.href = page + stateQuery(toggled(state, name, v.value));
        a.dataset.filter = name;
        a.dataset.value = v.value;
        a.append(el("span", "facet-label", v.label), " ", el("span", "facet-count", String(v.count)));
        if (v.selected) {
          a.setAttribute("aria-current", "true");
          a.title = "Remove this filter";
        }
        li.append(a);
        return li;
      }),
    );
    box.hidden = values.length === 0;
  }
}

/** What the status line says (and screen readers announce). */
export function statusText(result: SearchResult, state: SearchState): string {
  const n = result.total;
  const talks = `${n.toLocaleString("en-US")} ${n === 1 ? "talk" : "talks"}`;
  const filters = FILTERS.filter((f) => state.filters[f] !== undefined).length;
  const filtered = filters > 0 ? ` with ${filters} ${filters === 1 ? "filter" : "filters"}` : "";
  if (state.q.trim() === "") return `${talks}${filtered}, newest first.`;
  return n === 0 ? `No talks found for “${state.q.trim()}”${filtered}.` : `${talks} found for “${state.q.trim()}”${filtered}.`;
}
