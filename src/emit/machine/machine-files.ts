// Machine-readable files: redirects, sitemap index, robots.txt, OpenSearch description.

import type { Emitter } from "../../build/context.js";

/** Redirect pages and _redirects, sitemaps, robots.txt, opensearch.xml (filled in by that work). */
export const machineFiles: Emitter = () => [];
