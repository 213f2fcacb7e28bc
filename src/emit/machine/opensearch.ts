// The OpenSearch description: lets browsers add the site's search (search.html?q=…) as a search engine.

import { paths } from "../../build/paths.js";
import { absoluteUrl, type Site } from "../../build/site.js";
import type { OutputFile } from "../../output/output-file.js";
import { xml } from "../feeds/xml.js";

/** `opensearch.xml` with an absolute search URL template. */
export function openSearch(site: Site): OutputFile {
  const template = `${absoluteUrl(site, paths.search)}?q={searchTerms}`;
  // ShortName is limited to 16 characters by the specification.
  const shortName = [...site.name].slice(0, 16).join("");
  return {
    path: "opensearch.xml",
    content:
      `<?xml version="1.0" encoding="utf-8"?>\n<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">\n` +
      `<ShortName>${xml(shortName)}</ShortName>\n<Description>${xml(`Search the talks of ${site.name}`)}</Description>\n` +
      `<InputEncoding>UTF-8</InputEncoding>\n<Url type="text/html" method="get" template="${xml(template)}"/>\n` +
      `<Url type="application/opensearchdescription+xml" rel="self" template="${xml(absoluteUrl(site, "opensearch.xml"))}"/>\n` +
      `</OpenSearchDescription>\n`,
  };
}
