// One search session in headless Chromium, for talkdex's search page and for Pagefind on the same
// site: the first query typed into a cold page, then two more typed letter by letter, with the
// time to results of each keystroke and the gzip size of everything the page fetched.

import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { resolveInside } from "../test/helpers/static-server.js";

/** What one session measured. */
export interface SessionFigures {
  /** ms from the first query's input to its results on screen (cold: nothing cached). */
  firstResults: number;
  /** ms per later keystroke, from input to results on screen. */
  keystrokes: number[];
  /** Bytes fetched, gzip-compressed as a server would send them: everything, and the search files only. */
  gzipBytes: number;
  searchGzipBytes: number;
  requests: number;
}

// The results are in the page when the search page bumps its render counter (as for Pagefind, the
// time excludes painting).
const TALKDEX_RUN = `async (q) => {
  const app = document.getElementById("search-app");
  const input = document.getElementById("search-q");
  const before = app.dataset.renders;
  const t0 = performance.now();
  input.value = q;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (app.dataset.renders !== before) {
        observer.disconnect();
        done();
      }
    });
    observer.observe(app, { attributes: true, attributeFilter: ["data-renders"] });
  });
  return performance.now() - t0;
}`;

// What Pagefind's own UI does per keystroke: search, then load the shown results' fragments (5).
const PAGEFIND_RUN = `async (q) => {
  const t0 = performance.now();
  const search = await window.pagefind.search(q);
  await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  return performance.now() - t0;
}`;

/** The page Pagefind is measured on: its API loaded, nothing else. */
export const PAGEFIND_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pagefind bench</title></head><body>
<script type="module">window.pagefind = await import("./pagefind/pagefind.js"); await window.pagefind.init(); document.body.dataset.ready = "1";</script></body></html>`;

function gzipSize(root: string, url: string, cache: Map<string, number>): number {
  const file = resolveInside(root, new URL(url).pathname);
  if (!file) return 0;
  let size = cache.get(file);
  if (size === undefined) {
    const path = statSync(file, { throwIfNoEntry: false })?.isDirectory() ? `${file}/index.html` : file;
    try {
      size = gzipSync(readFileSync(path), { level: 6 }).length;
    } catch {
      size = 0;
    }
    cache.set(file, size);
  }
  return size;
}

/** ms from the last keystroke of `query`, typed letter by letter into a cold page, to its results. */
export async function firstTyped(browser: Browser, engine: "talkdex" | "pagefind", url: string, query: string): Promise<number> {
  const context = await browser.newContext();
  await context.route((u) => !u.href.startsWith(url), (route) => route.fulfill({ status: 204, body: "" }));
  const page = await context.newPage();
  await openEngine(page, engine, url);
  const run = engine === "talkdex" ? TALKDEX_RUN : PAGEFIND_RUN;
  let last = 0;
  for (let i = 1; i <= query.length; i++) {
    await page.waitForTimeout(120);
    last = (await page.evaluate(`(${run})(${JSON.stringify(query.slice(0, i))})`)) as number;
  }
  await context.close();
  return last;
}

async function openEngine(page: Page, engine: "talkdex" | "pagefind", url: string): Promise<void> {
  if (engine === "talkdex") {
    await page.goto(`${url}search.html`);
    await page.waitForSelector("#search-app[data-state=ready]");
  } else {
    await page.goto(`${url}pagefind-bench.html`);
    await page.waitForSelector("body[data-ready]", { state: "attached" });
  }
}

/** Runs the session on `engine`'s page of the site served from `root` at `url`. */
export async function runSession(browser: Browser, engine: "talkdex" | "pagefind", root: string, url: string, queries: readonly string[]): Promise<SessionFigures> {
  const context = await browser.newContext();
  // Thumbnails come from other hosts: answered locally and not counted (both engines show none here).
  await context.route((u) => !u.href.startsWith(url), (route) => route.fulfill({ status: 204, body: "" }));
  const page: Page = await context.newPage();
  const fetched: string[] = [];
  page.on("requestfinished", (r) => {
    if (r.url().startsWith(url)) fetched.push(r.url());
  });
  const run = engine === "talkdex" ? TALKDEX_RUN : PAGEFIND_RUN;
  await openEngine(page, engine, url);
  const [first = "", ...rest] = queries;
  const firstResults = (await page.evaluate(`(${run})(${JSON.stringify(first)})`)) as number;
  const keystrokes: number[] = [];
  for (const q of rest) {
    for (let i = 1; i <= q.length; i++) {
      await page.waitForTimeout(60);
      keystrokes.push((await page.evaluate(`(${run})(${JSON.stringify(q.slice(0, i))})`)) as number);
    }
  }
  await page.waitForTimeout(300);
  const cache = new Map<string, number>();
  const isSearch = (u: string): boolean => /\/(search|pagefind)\/|\/assets\/search\.|pagefind/.test(new URL(u).pathname);
  const gzipBytes = fetched.reduce((n, u) => n + gzipSize(root, u, cache), 0);
  const searchGzipBytes = fetched.filter(isSearch).reduce((n, u) => n + gzipSize(root, u, cache), 0);
  await context.close();
  return { firstResults, keystrokes, gzipBytes, searchGzipBytes, requests: fetched.length };
}
