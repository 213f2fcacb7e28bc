// Which URLs the site may link: absolute http(s) only, with a message saying what is wrong otherwise.

// An http(s) URL with a plain host name (last label starting with a letter, so never parsed as an
// IPv4 address), an optional 1–4 digit port and printable ASCII after it: always valid for the
// WHATWG URL parser, so the ~44,000 URLs of a check skip `new URL()`.
const SIMPLE_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?::\d{1,4})?(?:[/?#][\x21-\x7e]*)?$/i;

/** Why a URL is unusable on the site, or undefined when it is a valid http(s) URL. */
export function urlProblem(url: string): { message: string; hint: string } | undefined {
  if (SIMPLE_URL.test(url)) return undefined;
  const trimmed = url.trim();
  if (trimmed === "") return { message: "The URL is empty.", hint: "Remove the entry or fill in the URL." };
  if (trimmed !== url) return { message: "The URL has spaces around it.", hint: "Remove the spaces." };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  // "example.org:8080/x" has no scheme either: what precedes its colon is a host.
  if (scheme === undefined || scheme.includes(".")) {
    const guess = url.startsWith("//") ? `https:${url}` : `https://${url.replace(/^\/+/, "")}`;
    return { message: `The URL "${url}" has no scheme.`, hint: `Write it as "${guess}".` };
  }
  if (scheme !== "http" && scheme !== "https")
    return { message: `The URL "${url}" uses the "${scheme}:" scheme; only http and https links are allowed.`, hint: "Link an http(s) page instead." };
  try {
    const parsed = new URL(url);
    if (parsed.hostname === "") return { message: `The URL "${url}" has no host.`, hint: "Fix the URL." };
  } catch {
    return { message: `The URL "${url}" is not a valid URL.`, hint: "Fix the URL (spaces must be written %20)." };
  }
  return undefined;
}
