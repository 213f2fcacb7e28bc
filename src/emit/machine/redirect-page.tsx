// The static page served at an old URL: an immediate meta refresh (WCAG allows an immediate one,
// not a delayed one), a canonical link, a visible link for clients that follow neither, noindex.

import type { OutputFile } from "../../output/output-file.js";
import type { Site } from "../../build/site.js";
import { page } from "../pages/render-page.js";
import type { RedirectRule } from "./redirect-plan.js";

/** The redirect page of one rule. */
export function redirectPage(rule: RedirectRule, site: Site): OutputFile {
  const target = new URL(rule.to, site.baseUrl).href;
  return page(
    rule.file,
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>{`Moved · ${site.name}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={target} />
        <meta http-equiv="refresh" content={`0; url=${rule.to}`} />
      </head>
      <body>
        <main>
          <h1>This page has moved</h1>
          <p>
            It is now at <a href={rule.to}>{target}</a>.
          </p>
        </main>
      </body>
    </html>,
  );
}
