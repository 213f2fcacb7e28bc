// Video sources: the types talkdex knows, and a key that tells when two URLs are the same video.

/** Video source types and the hosts their URLs live on (undefined: any host, a direct file). */
export const VIDEO_TYPES: ReadonlyMap<string, readonly string[] | undefined> = new Map([
  ["youtube", ["youtube.com", "youtu.be", "youtube-nocookie.com"]],
  ["vimeo", ["vimeo.com"]],
  ["peertube", undefined],
  ["archive.org", ["archive.org"]],
  ["mp4", undefined],
  ["webm", undefined],
  ["ogv", undefined],
  ["mkv", undefined],
  ["flv", undefined],
]);

/** Spellings of known types seen in the wild, and the type meant. */
export const VIDEO_TYPE_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  archive: "archive.org",
  "youtube.com": "youtube",
  yt: "youtube",
  "vimeo.com": "vimeo",
  ogg: "ogv",
  "video/mp4": "mp4",
});

/** The YouTube video id of a URL, if it is a YouTube watch, short, embed or live URL. */
export function youtubeId(url: string): string | undefined {
  const m =
    /^https?:\/\/(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|v\/|live\/|shorts\/)|youtu\.be\/)([\w-]{11})/.exec(
      url,
    );
  return m?.[1];
}

/** A key equal for URLs of the same video: the YouTube id, else the URL without scheme, www, fragment and trailing slash. */
export function videoKey(url: string): string {
  const yt = youtubeId(url);
  if (yt) return `youtube:${yt}`;
  return url
    .trim()
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/#.*$/, "")
    .replace(/\/+$/, "")
    .toLowerCase();
}

/** Whether `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
