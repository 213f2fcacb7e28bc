import { test } from "node:test";
import assert from "node:assert/strict";
import { makeSite } from "../../build/site.js";
import { sitemaps } from "./sitemap.js";

const site = makeSite("Talks", "https://example.org/talks/");

test("URLs are split into numbered sitemaps listed by an index", () => {
  const pages = Array.from({ length: 5 }, (_, i) => ({ path: `a/${i}.html` }));
  const files = sitemaps(pages, site, 2);
  assert.deepEqual(files.map((f) => f.path), ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]);
  assert.equal((String(files[0]?.content).match(/<sitemap>/g) ?? []).length, 3);
  assert.match(String(files[0]?.content), /<loc>https:\/\/example\.org\/talks\/sitemap-3\.xml<\/loc>/);
  assert.equal((String(files[3]?.content).match(/<url>/g) ?? []).length, 1);
});

test("talk URLs carry their recorded date and index pages lose index.html", () => {
  const [, first] = sitemaps([{ path: "x/y.html", lastmod: "2020-01-02" }, { path: "tag/a&b/index.html" }], site);
  assert.match(String(first?.content), /<url><loc>https:\/\/example\.org\/talks\/x\/y\.html<\/loc><lastmod>2020-01-02<\/lastmod><\/url>/);
  assert.match(String(first?.content), /<loc>https:\/\/example\.org\/talks\/tag\/a&amp;b\/<\/loc>/);
});

test("an empty site still has an index and one (empty) sitemap", () => {
  assert.deepEqual(sitemaps([], site).map((f) => f.path), ["sitemap.xml", "sitemap-1.xml"]);
});
