// The site's identity and URL scheme: name, base URL, path prefix, "edit this page" links.

/** Settings that shape every page's URLs. */
export interface Site {
  /** Shown in titles and the header. */
  readonly name: string;
  /** Absolute base URL ending in "/", e.g. "https://pyvideo.org/" or "https://example.org/talks/". */
  readonly baseUrl: string;
  /** The base URL's path, ending in "/": prefix of every link. */
  readonly pathPrefix: string;
  /** Template with `{path}` for "edit this page" links to the data repository. */
  readonly editUrl?: string;
  /** "remote": show talks' thumbnail images from their host; "placeholder": a neutral poster, no third-party request. */
  readonly thumbnails: "remote" | "placeholder";
}

/** Default base URL when none is configured (right for local previews). */
export const DEFAULT_BASE_URL = "http://127.0.0.1:8000/";

/** Normalises a base URL ("https://x.org/talks" → "https://x.org/talks/"); throws on a non-http(s) URL. */
export function makeSite(name: string, baseUrl: string, editUrl?: string, thumbnails: Site["thumbnails"] = "remote"): Site {
  const parsed = new URL(baseUrl);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new TypeError(`base URL must be http(s): ${baseUrl}`);
  const path = parsed.pathname.endsWith("/") ? parsed.pathname : `${parsed.pathname}/`;
  const base = `${parsed.origin}${path}`;
  return editUrl ? { name, baseUrl: base, pathPrefix: path, editUrl, thumbnails } : { name, baseUrl: base, pathPrefix: path, thumbnails };
}

/** Link to a site path ("events/x.html" → "/events/x.html", with the prefix). */
export function href(site: Site, path: string): string {
  return site.pathPrefix + sitePath(path);
}

/** Absolute URL of a site path, for feeds, sitemaps and canonical links. */
export function absoluteUrl(site: Site, path: string): string {
  return site.baseUrl + sitePath(path);
}

// The path without leading slashes and without a final "index.html" segment. Most paths have
// neither, and links are made hundreds of thousands of times a build: those skip both regexes.
function sitePath(path: string): string {
  if (path.charCodeAt(0) !== 47 && !path.endsWith("index.html")) return path;
  return path.replace(/^\/+/, "").replace(/(^|\/)index\.html$/, "$1");
}
