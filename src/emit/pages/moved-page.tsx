// A tiny page that sends visitors of an old URL to where its content lives now.

import type { BuildContext } from "../../build/context.js";
import { absoluteUrl, href } from "../../build/site.js";
import type { OutputFile } from "../../output/output-file.js";
import { page } from "./render-page.js";

/**
 * A redirect page at `from` pointing to the site path `to` (`#fragment` allowed): an immediate meta
 * refresh (which WCAG allows, a delayed one it does not), a canonical link, and a plain link for
 * clients that follow neither. Static hosts have no other portable redirect.
 */
export function movedPage(ctx: BuildContext, from: string, to: string, what: string): OutputFile {
  const target = href(ctx.site, to);
  return page(
    from,
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>{`Moved: ${what} · ${ctx.site.name}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={absoluteUrl(ctx.site, to)} />
        <meta http-equiv="refresh" content={`0; url=${target}`} />
      </head>
      <body>
        <main>
          <h1>{what} has moved</h1>
          <p>
            It is now at <a href={target}>{target}</a>.
          </p>
        </main>
      </body>
    </html>,
  );
}
