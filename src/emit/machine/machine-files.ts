// Machine-readable files: redirects, sitemap index, robots.txt, OpenSearch description.

import type { Emitter } from "../../build/context.js";
import { openSearch } from "./opensearch.js";
import { pagePathSet, sitePages } from "./page-paths.js";
import { redirectPage } from "./redirect-page.js";
import { planRedirects } from "./redirect-plan.js";
import { redirectsFile } from "./redirects-file.js";
import { robotsTxt } from "./robots.js";
import { sitemaps } from "./sitemap.js";

/** Redirect pages and _redirects, sitemaps, robots.txt, opensearch.xml. */
export const machineFiles: Emitter = (catalog, ctx) => {
  const { site } = ctx;
  const pages = sitePages(catalog);
  const plan = planRedirects(catalog, site, pagePathSet(pages));
  return [
    ...plan.rules.map((rule) => redirectPage(rule, site)),
    { path: "_redirects", content: redirectsFile(plan, site) },
    ...sitemaps(pages, site),
    robotsTxt(site),
    openSearch(site),
  ];
};
