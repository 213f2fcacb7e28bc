// robots.txt: everything may be crawled; the sitemap index is announced.

import { absoluteUrl, type Site } from "../../build/site.js";
import type { OutputFile } from "../../output/output-file.js";

/** `robots.txt` allowing every crawler everywhere. */
export function robotsTxt(site: Site): OutputFile {
  return { path: "robots.txt", content: `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, "sitemap.xml")}\n` };
}
