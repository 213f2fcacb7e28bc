// The frame of every page: head (title, meta, canonical, feeds), header with search, main, footer.

import type { Child } from "#html/jsx-runtime";
import type { BuildContext } from "../../build/context.js";
import { absoluteUrl, href } from "../../build/site.js";
import { paths } from "../../build/paths.js";

/** What a page tells the layout about itself. */
export interface PageMeta {
  /** Unique page title (the site name is appended). */
  title: string;
  /** Site path of the page, for the canonical URL. */
  path: string;
  description?: string;
  /** Language of the page's main content, when not English. */
  lang?: string;
  /** Feeds to advertise (site paths). */
  feeds?: { title: string; atom?: string; rss?: string }[];
  /** OpenGraph type and image. */
  ogType?: "website" | "video.other" | "profile";
  image?: string;
  /** Extra head content (JSON-LD). */
  head?: Child;
  /** Hide from search engines (404). */
  noindex?: boolean;
}

/** The page frame; `children` is the content of <main>. */
export function Layout(props: { ctx: BuildContext; meta: PageMeta; children?: Child }) {
  const { ctx, meta } = props;
  const { site } = ctx;
  const fullTitle = meta.path === paths.home ? site.name : `${meta.title} · ${site.name}`;
  return (
    <html lang="en">
      <head>
        {ctx.once("layout:head-start", () => (
          <>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
          </>
        ))}
        <title>{fullTitle}</title>
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {meta.noindex ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={absoluteUrl(site, meta.path)} />}
        <meta property="og:site_name" content={site.name} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:type" content={meta.ogType ?? "website"} />
        <meta property="og:url" content={absoluteUrl(site, meta.path)} />
        {meta.description ? <meta property="og:description" content={meta.description} /> : null}
        {meta.image ? <meta property="og:image" content={meta.image} /> : null}
        <meta name="twitter:card" content={meta.image ? "summary_large_image" : "summary"} />
        {ctx.once("layout:head-links", () => (
          <>
            <meta name="color-scheme" content="light dark" />
            <link rel="stylesheet" href={href(site, ctx.assets.css)} />
            <link rel="search" type="application/opensearchdescription+xml" title={site.name} href={href(site, "opensearch.xml")} />
          </>
        ))}
        {(meta.feeds ?? []).flatMap((f) => [
          f.atom ? <link rel="alternate" type="application/atom+xml" title={f.title} href={href(site, f.atom)} /> : null,
          f.rss ? <link rel="alternate" type="application/rss+xml" title={f.title} href={href(site, f.rss)} /> : null,
        ])}
        {meta.head ?? null}
        {ctx.once("layout:script", () => <script src={href(site, ctx.assets.js)} defer></script>)}
      </head>
      <body>
        {ctx.once("layout:skip-link", () => (
          <a class="skip-link" href="#main">
            Skip to content
          </a>
        ))}
        {ctx.once("layout:header", () => <SiteHeader ctx={ctx} />)}
        <main id="main" tabindex={-1}>{props.children}</main>
        {ctx.once("layout:footer", () => <SiteFooter ctx={ctx} />)}
      </body>
    </html>
  );
}

// The header and footer, like the head's and body's fixed elements above, are the same on every
// page: rendered once per build (ctx.once) — 60,000 pages, seven elements fewer each.
function SiteHeader(props: { ctx: BuildContext }) {
  const { site } = props.ctx;
  return (
    <header class="site-header">
      <a class="site-name" href={href(site, paths.home)}>{site.name}</a>
      <nav aria-label="Site">
        <ul>
          <li><a href={href(site, paths.events)}>Events</a></li>
          <li><a href={href(site, paths.speakers)}>Speakers</a></li>
          <li><a href={href(site, paths.tags)}>Tags</a></li>
          <li><a href={href(site, paths.languages)}>Languages</a></li>
          <li><a href={href(site, paths.latest(1))}>Latest</a></li>
        </ul>
      </nav>
      <form class="site-search" role="search" aria-label="Site search" action={href(site, paths.search)} method="get">
        <label for="site-search-q" class="visually-hidden">Search talks</label>
        <input id="site-search-q" type="search" name="q" placeholder="Search talks" autocomplete="off" />
        <button type="submit">Search</button>
      </form>
    </header>
  );
}

function SiteFooter(props: { ctx: BuildContext }) {
  const { site } = props.ctx;
  return (
    <footer class="site-footer">
      <p>
        <a href={href(site, paths.about)}>About</a> · <a href={href(site, "feeds/all.atom.xml")}>Atom feed</a> ·{" "}
        <a href={href(site, "api/v1/index.json")}>JSON API</a> · Built with talkdex
      </p>
    </footer>
  );
}
