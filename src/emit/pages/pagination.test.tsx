import { test } from "node:test";
import assert from "node:assert/strict";
import { paths } from "../../build/paths.js";
import { makeSite } from "../../build/site.js";
import type { BuildContext } from "../../build/context.js";
import { pageTitle, pageWindow, paginate, Pagination } from "./pagination.js";

const ctx = { site: makeSite("T", "https://x.org/talks/"), assets: { css: "a.css", js: "a.js" }, rst: () => { throw new Error("unused"); } } as unknown as BuildContext;

test("page n of a list lives beside its first page: x.html → x/2.html, x/index.html → x/2.html", () => {
  assert.equal(paths.page("speaker/ada.html", 1), "speaker/ada.html");
  assert.equal(paths.page("speaker/ada.html", 2), "speaker/ada/2.html");
  assert.equal(paths.page("tag/python/index.html", 3), "tag/python/3.html");
  assert.equal(paths.page(paths.latest(1), 4), paths.latest(4));
});

test("paginate cuts a list into full pages and keeps one page for an empty list", () => {
  const pages = paginate("language/eng.html", [1, 2, 3, 4, 5], 2);
  assert.deepEqual(pages.map((p) => [p.page, p.pages, p.path, p.items]), [
    [1, 3, "language/eng.html", [1, 2]],
    [2, 3, "language/eng/2.html", [3, 4]],
    [3, 3, "language/eng/3.html", [5]],
  ]);
  assert.equal(paginate("x.html", [], 2).length, 1);
});

test("page titles are unique per page", () => {
  assert.equal(pageTitle("Talks in English", 1), "Talks in English");
  assert.equal(pageTitle("Talks in English", 2), "Talks in English, page 2");
});

test("the page window shows the first, the last and two pages either side, with gaps", () => {
  assert.deepEqual(pageWindow(1, 3), [1, 2, 3]);
  assert.deepEqual(pageWindow(10, 20), [1, null, 8, 9, 10, 11, 12, null, 20]);
});

test("the pagination is a labelled nav with prev/next links and the current page marked", () => {
  const html = String(<Pagination ctx={ctx} first="tag/python/index.html" page={2} pages={3} />);
  assert.match(html, /^<nav class="pagination" aria-label="Pagination">/);
  assert.match(html, /<a rel="prev" href="\/talks\/tag\/python\/">/);
  assert.match(html, /<a rel="next" href="\/talks\/tag\/python\/3\.html">/);
  assert.match(html, /<a href="\/talks\/tag\/python\/2\.html" aria-current="page">/);
  assert.equal(String(<Pagination ctx={ctx} first="x.html" page={1} pages={1} />), "");
});
