// A tiny page that sends visitors of an old URL to where its content lives now.

import type { BuildContext } from "../../build/context.js";
import { absoluteUrl, href, type Site } from "../../build/site.js";
import type { OutputFile } from "../../output/output-file.js";
import { page } from "./render-page.js";

/**
 * A redirect page at `from` pointing to the site path `to` (`#fragment` allowed): an immediate meta
 * refresh (which WCAG allows, a delayed one it does not), a canonical link, and a plain link for
 * clients that follow neither. Static hosts have no other portable redirect.
 */
export function movedPage(ctx: BuildContext, from: string, to: string, what: string): OutputFile {
  return redirectFile(ctx.site, from, href(ctx.site, to), absoluteUrl(ctx.site, to), `${what} has moved`);
}

/** The redirect page itself: `target` is the link (site-relative or absolute), `canonical` its absolute URL. */
export function redirectFile(site: Site, from: string, target: string, canonical: string, heading = "This page has moved"): OutputFile {
  return page(
    from,
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>{`${heading} · ${site.name}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={canonical} />
        <meta http-equiv="refresh" content={`0; url=${target}`} />
      </head>
      <body>
        <main>
          <h1>{heading}</h1>
          <p>
            It is now at <a href={target}>{canonical}</a>.
          </p>
        </main>
      </body>
    </html>,
  );
}
