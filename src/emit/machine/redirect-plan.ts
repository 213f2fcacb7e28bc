// Which redirects the site writes: talk aliases, redirects.txt, and old spelling slugs of speakers
// and tags — each from an old site path to a link, never over a real page.

import { paths } from "../../build/paths.js";
import { href, type Site } from "../../build/site.js";
import type { Catalog } from "../../model/catalog.js";

/** One redirect: the old URL's site path, the file that serves it, the new link, and where it came from. */
export interface RedirectRule {
  /** Old URL path without the leading slash, decoded: "video/1234/some-title", "events/old.html". */
  readonly from: string;
  /** Output file answering the old URL: "video/1234/some-title/index.html". */
  readonly file: string;
  /** New link: a site path with the prefix ("/events/x.html"), or an absolute URL from redirects.txt. */
  readonly to: string;
  /** "alias of pycon-2019/x", "redirects.txt line 3", "speaker spelling of …", "tag spelling of …". */
  readonly source: string;
}

/** A redirect left out, and why. */
export interface SkippedRedirect {
  readonly from: string;
  readonly to: string;
  readonly source: string;
  readonly reason: string;
}

/** The redirects to write and the ones skipped (conflicts with real pages or earlier redirects, bad paths). */
export interface RedirectPlan {
  readonly rules: readonly RedirectRule[];
  readonly skipped: readonly SkippedRedirect[];
}

/** One old path of a talk (its `alias`), and the talk's path. */
export interface TalkAlias {
  readonly alias: string;
  readonly path: string;
}

/** Every talk's aliases, talks in path order (the order of `catalog.talks`). */
export function talkAliases(catalog: Catalog): TalkAlias[] {
  return catalog.talks.flatMap((t) => t.aliases.map((alias) => ({ alias, path: t.path })));
}

/**
 * Plans every redirect, in a fixed order (talk aliases, redirects.txt, speaker then tag spellings):
 * the first rule for an old path wins; a later one to the same place is dropped silently, to another
 * place is skipped and reported. `pages` are the real pages' site paths, never overwritten.
 * `aliases` are `talkAliases(catalog)` (an incremental build gathers them per event).
 */
export function planRedirects(catalog: Catalog, site: Site, pages: ReadonlySet<string>, aliases: readonly TalkAlias[] = talkAliases(catalog)): RedirectPlan {
  const rules: RedirectRule[] = [];
  const skipped: SkippedRedirect[] = [];
  const byFile = new Map<string, RedirectRule>();
  const add = (rawFrom: string, to: string, source: string): void => {
    const from = oldPath(rawFrom);
    if (from === undefined) return void skipped.push({ from: rawFrom, to, source, reason: "the old path is not a safe site path" });
    const file = fileFor(from);
    if (pages.has(file)) return void skipped.push({ from, to, source, reason: `a page is built at ${file}` });
    if (href(site, file) === to) return void skipped.push({ from, to, source, reason: "the redirect points to itself" });
    const earlier = byFile.get(file);
    if (earlier) {
      if (earlier.to !== to) skipped.push({ from, to, source, reason: `${earlier.source} already redirects it to ${earlier.to}` });
      return;
    }
    const rule = { from, file, to, source };
    byFile.set(file, rule);
    rules.push(rule);
  };
  for (const { alias, path } of aliases) add(alias, href(site, paths.talk(path)), `alias of ${path}`);
  const retarget = eventFolderTargets(catalog, pages);
  for (const r of catalog.redirects) {
    if (r.problem) skipped.push({ from: r.from, to: r.to, source: `redirects.txt line ${r.line}`, reason: r.problem });
    else add(r.from, /^https?:\/\//.test(r.to) ? r.to : href(site, retarget(r.to)), `redirects.txt line ${r.line}`);
  }
  for (const s of catalog.speakers) for (const old of s.otherSlugs) add(paths.speaker(old), href(site, paths.speaker(s.slug)), `speaker spelling of ${s.slug}`);
  for (const t of catalog.tags) for (const old of t.otherSlugs) add(paths.tag(old), href(site, paths.tag(t.slug)), `tag spelling of ${t.slug}`);
  return { rules, skipped };
}

/**
 * pyvideo/data's redirects.txt names some events by folder (`/events/djangocon-2009.html`) where
 * the page is named by the title's slug (`events/djangocon-us-2009.html`): such a target, when no
 * page has its name, is sent to the event's page instead of a 404.
 */
function eventFolderTargets(catalog: Catalog, pages: ReadonlySet<string>): (to: string) => string {
  const byFolder = new Map(catalog.events.map((e) => [e.folder, e.slug]));
  return (to) => {
    const path = to.replace(/^\/+/, "");
    if (pages.has(path)) return path;
    const slug = /^events\/([^/]+)\.html$/.exec(path)?.[1];
    const event = slug === undefined ? undefined : byFolder.get(slug);
    return event === undefined ? path : paths.event(event);
  };
}

/** The decoded site path of an old URL or path, or undefined when it could escape the output folder. */
export function oldPath(raw: string): string | undefined {
  let path = raw.trim();
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname;
    } catch {
      return undefined;
    }
  }
  path = path.replace(/[?#].*$/, "").replace(/^\/+/, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const segments = path.replace(/\/$/, "").split("/");
  if (path === "" || segments.some((s) => s === "" || s === "." || s === "..") || /[\\\x00-\x1f\x7f]/.test(path)) return undefined;
  return path;
}

/** The output file serving an old path: itself for a file name with an extension, else its index.html. */
export function fileFor(from: string): string {
  if (from.endsWith("/")) return `${from}index.html`;
  return /\.html?$/i.test(from) ? from : `${from}/index.html`;
}
