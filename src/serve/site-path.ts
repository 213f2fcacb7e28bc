// Request URL → site path (a key of the built site's file map), refusing anything that could name a
// file outside the site: dot segments, encoded slashes and backslashes, NUL, malformed escapes.

/** The outcome of resolving a request target. */
export type SitePathResult =
  | { readonly kind: "file"; readonly path: string }
  /** Well formed, but not under the site's prefix; `path` is the decoded path without its leading slash. */
  | { readonly kind: "outside"; readonly path: string }
  | { readonly kind: "bad"; readonly reason: string };

// Control characters (NUL included) and backslashes never appear in a site path; a decoded "/"
// inside one segment would let an encoded slash change the path's shape.
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f\\/]/;

/**
 * Resolves a request target (`req.url`) under `prefix` (the base URL's path, "/" or "/talks/"):
 * `/a/b.html` → `a/b.html`, `/tag/x/` → `tag/x/index.html`. Each segment is percent-decoded once,
 * after splitting, so `%2f` cannot create a separator and `%252e` stays the literal text `%2e`.
 * "outside" means the path is well formed but not under `prefix`.
 */
export function resolveSitePath(target: string, prefix = "/"): SitePathResult {
  if (!target.startsWith("/")) return { kind: "bad", reason: "the request target must be a path starting with /" };
  const raw = target.replace(/[?#].*$/s, "");
  if (raw.includes("\\")) return { kind: "bad", reason: "backslash in path" };
  const rawSegments = raw.slice(1).split("/");
  const segments: string[] = [];
  for (const [i, rawSegment] of rawSegments.entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return { kind: "bad", reason: "malformed percent-encoding" };
    }
    if (segment === "." || segment === "..") return { kind: "bad", reason: "dot segment in path" };
    if (FORBIDDEN_IN_SEGMENT.test(segment)) return { kind: "bad", reason: "control character, backslash or encoded slash in path" };
    // Only the last segment may be empty (a trailing slash); "//" inside a path names nothing.
    if (segment === "" && i < rawSegments.length - 1) return { kind: "bad", reason: "empty path segment" };
    segments.push(segment);
  }
  const path = segments.join("/");
  const prefixPath = prefix.replace(/^\/+/, "");
  if (!path.startsWith(prefixPath)) return { kind: "outside", path };
  const inside = path.slice(prefixPath.length);
  return { kind: "file", path: inside === "" || inside.endsWith("/") ? `${inside}index.html` : inside };
}
