// Sitemaps (sitemaps.org): an index at /sitemap.xml and numbered files of at most 50,000 URLs.

import { absoluteUrl, type Site } from "../../build/site.js";
import type { OutputFile } from "../../output/output-file.js";
import { xml } from "../feeds/xml.js";
import type { SitePage } from "./page-paths.js";

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

/** `sitemap.xml` (an index) and `sitemap-1.xml`, `sitemap-2.xml`… listing `pages` in order. */
export function sitemaps(pages: readonly SitePage[], site: Site, limit = SITEMAP_LIMIT): OutputFile[] {
  const files: OutputFile[] = [];
  for (let start = 0, n = 1; start < pages.length || n === 1; start += limit, n++) {
    const urls = pages.slice(start, start + limit).map((p) => `<url><loc>${xml(absoluteUrl(site, p.path))}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ""}</url>\n`);
    files.push({ path: `sitemap-${n}.xml`, content: `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("")}</urlset>\n` });
  }
  const entries = files.map((f) => `<sitemap><loc>${xml(absoluteUrl(site, f.path))}</loc></sitemap>\n`);
  files.unshift({ path: "sitemap.xml", content: `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("")}</sitemapindex>\n` });
  return files;
}
