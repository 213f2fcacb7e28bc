// Sitemaps (sitemaps.org): an index at /sitemap.xml and numbered files of at most 50,000 URLs.

import { absoluteUrl, type Site } from "../../build/site.js";
import type { OutputFile } from "../../output/output-file.js";
import { xml } from "../feeds/xml.js";
import type { SitePage } from "./page-paths.js";

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

/** `sitemap.xml` (an index) and `sitemap-1.xml`, `sitemap-2.xml`… listing `pages` in order. */
export function sitemaps(pages: readonly SitePage[], site: Site, limit = SITEMAP_LIMIT): OutputFile[] {
  const lines = pages.map((p) => sitemapLine(p, site));
  const count = sitemapCount(pages.length, limit);
  const files = [sitemapIndex(count, site)];
  for (let n = 1; n <= count; n++) files.push(sitemapFile(n, lines, limit));
  return files;
}

/** The <url> line of one page. */
export function sitemapLine(page: SitePage, site: Site): string {
  return `<url><loc>${xml(absoluteUrl(site, page.path))}</loc>${page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : ""}</url>\n`;
}

/** How many numbered sitemaps `pages` URLs take (at least one, even when empty). */
export function sitemapCount(pages: number, limit = SITEMAP_LIMIT): number {
  return Math.max(1, Math.ceil(pages / limit));
}

/** `sitemap-{n}.xml`: the n-th run of `limit` lines of every page's line. */
export function sitemapFile(n: number, lines: readonly string[], limit = SITEMAP_LIMIT): OutputFile {
  const urls = lines.slice((n - 1) * limit, n * limit);
  return { path: `sitemap-${n}.xml`, content: `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("")}</urlset>\n` };
}

/** `sitemap.xml`: the index of `count` numbered sitemaps. */
export function sitemapIndex(count: number, site: Site): OutputFile {
  let entries = "";
  for (let n = 1; n <= count; n++) entries += `<sitemap><loc>${xml(absoluteUrl(site, `sitemap-${n}.xml`))}</loc></sitemap>\n`;
  return { path: "sitemap.xml", content: `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n` };
}
