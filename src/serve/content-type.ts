// Content types of the files a built site holds, by name (the server never sniffs content).

const BY_EXTENSION: Readonly<Record<string, string>> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  ico: "image/x-icon",
  woff2: "font/woff2",
  woff: "font/woff",
  webmanifest: "application/manifest+json",
  wasm: "application/wasm",
};

/** The Content-Type header for a site path; unknown kinds are `application/octet-stream`. */
export function contentType(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  // Feeds keep pyvideo.org's `.atom.xml` / `.rss.xml` names; feed readers want their own types.
  if (name.endsWith(".atom.xml")) return "application/atom+xml; charset=utf-8";
  if (name.endsWith(".rss.xml")) return "application/rss+xml; charset=utf-8";
  // Netlify/Cloudflare's `_redirects` and `_headers` are plain text.
  if (name === "_redirects" || name === "_headers") return "text/plain; charset=utf-8";
  const dot = name.lastIndexOf(".");
  return (dot > 0 ? BY_EXTENSION[name.slice(dot + 1)] : undefined) ?? "application/octet-stream";
}

/** Whether a response of this type is worth compressing (text, not images or fonts already packed). */
export function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|xml|atom\+xml|rss\+xml|manifest\+json)|image\/svg\+xml)/.test(type);
}
