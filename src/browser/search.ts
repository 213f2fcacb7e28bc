// The search page: reads the state from the URL, searches as you type, keeps the state in the URL
// (one history entry per typed query, one per filter or sort change, so Back works) and renders
// results and facets. Loaded only by search.html (see search-shortcut.ts).

import { openEngine, type SearchEngine, type SearchResult } from "../search/engine.js";
import { parseState, sameState, stateQuery, type Filter, type SearchState } from "../search/search-state.js";
import { wireKeys } from "./search-keys.js";
import { renderFacets, renderHits, statusText, toggled } from "./search-render.js";

// Results per page; "Show more" adds as many.
const PAGE = 10;
// Screen readers hear the count once typing pauses, not at every keystroke.
const ANNOUNCE_MS = 500;

interface Elements {
  app: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  count: HTMLElement;
  sort: HTMLSelectElement;
  more: HTMLButtonElement;
  lists: HTMLDetailsElement;
}

function elements(): Elements | undefined {
  const get = <T extends HTMLElement>(id: string): T | null => document.getElementById(id) as T | null;
  const e = {
    app: get("search-app"),
    form: get<HTMLFormElement>("search-form"),
    input: get<HTMLInputElement>("search-q"),
    list: get("search-results"),
    status: get("search-status"),
    count: get("search-count"),
    sort: get<HTMLSelectElement>("search-sort"),
    more: get<HTMLButtonElement>("search-more"),
    lists: get<HTMLDetailsElement>("facet-lists"),
  };
  return Object.values(e).every((x) => x !== null) ? (e as Elements) : undefined;
}

async function start(): Promise<void> {
  const e = elements();
  if (!e) return;
  e.app.hidden = false;
  const manifestUrl = new URL(e.app.dataset.index ?? "search/manifest.json", window.location.href);
  let engine: SearchEngine;
  try {
    engine = await openEngine(async (file) => {
      const response = await fetch(new URL(file, manifestUrl).href);
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.json();
    });
  } catch (error) {
    e.count.textContent = e.status.textContent = `Search is unavailable (${String(error)}). Browse the events, speakers or tags instead.`;
    return;
  }
  let state = parseState(window.location.search);
  let limit = PAGE;
  let run = 0;
  let announce: ReturnType<typeof setTimeout> | undefined;
  const page = window.location.pathname;

  const render = async (): Promise<void> => {
    const mine = ++run;
    let result: SearchResult;
    try {
      result = await engine.search(state, { limit, lists: e.lists.open });
    } catch (error) {
      e.count.textContent = e.status.textContent = `Search failed: ${String(error)}`;
      return;
    }
    // A newer search started meanwhile: its results win.
    if (mine !== run) return;
    // Facet lists are rebuilt: keep the keyboard on the facet link that was focused.
    const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLAnchorElement>("a.facet-link");
    const refocus = focused ? `a.facet-link[data-filter="${focused.dataset.filter ?? ""}"][data-value="${CSS.escape(focused.dataset.value ?? "")}"]` : undefined;
    renderHits(e.list, result, engine.core);
    renderFacets(e.app, result, state, page);
    if (refocus) e.app.querySelector<HTMLElement>(refocus)?.focus();
    e.more.hidden = result.hits.length >= result.total;
    e.app.dataset.state = "ready";
    // A counter tests and the benchmark wait on: it changes when new results are on screen.
    e.app.dataset.renders = String(Number(e.app.dataset.renders ?? 0) + 1);
    clearTimeout(announce);
    const text = statusText(result, state);
    e.count.textContent = text;
    announce = setTimeout(() => {
      e.status.textContent = text;
    }, e.status.textContent === "" ? 0 : ANNOUNCE_MS);
  };

  const go = (next: SearchState, how: "typing" | "push"): void => {
    if (sameState(next, state)) return;
    state = next;
    limit = PAGE;
    const url = page + stateQuery(state);
    const typingEntry = (window.history.state as { typing?: boolean } | null)?.typing === true;
    if (how === "typing" && typingEntry) window.history.replaceState({ typing: true }, "", url);
    else window.history.pushState({ typing: how === "typing" }, "", url);
    void render();
  };

  const show = (s: SearchState): void => {
    e.input.value = s.q;
    e.sort.value = s.sort;
    if (s.filters.tag !== undefined || s.filters.speaker !== undefined) e.lists.open = true;
  };

  show(state);
  e.input.addEventListener("input", () => go({ ...state, q: e.input.value }, "typing"));
  e.form.addEventListener("submit", (event) => {
    event.preventDefault();
    // Enter ends the typed query's history entry: the next typing starts a new one.
    window.history.replaceState({ typing: false }, "", page + stateQuery(state));
    go({ ...state, q: e.input.value }, "push");
  });
  e.sort.addEventListener("change", () => go({ ...state, sort: e.sort.value === "newest" ? "newest" : "relevance" }, "push"));
  e.more.addEventListener("click", () => {
    limit += PAGE;
    void render();
  });
  e.lists.addEventListener("toggle", () => {
    if (e.lists.open) void render();
  });
  e.app.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a.facet-link");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(toggled(state, link.dataset.filter as Filter, link.dataset.value ?? ""), "push");
  });
  window.addEventListener("popstate", () => {
    state = parseState(window.location.search);
    limit = PAGE;
    show(state);
    void render();
  });
  wireKeys(e.input, e.list);
  await render();
}

void start();
