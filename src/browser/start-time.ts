// Start times in the browser: the page's `#t=1m30s` fragment, and putting a start into an embed URL.
// Mirrors embedAt() of src/model/embed.ts, which writes the URLs (the browser bundle stays DOM-only).

/** How an embed takes a start time (see src/model/embed.ts). */
export type StartBy = "query" | "vimeo" | "media" | "none";

/** Seconds of a `#t=` fragment ("#t=90", "#t=1m30s", "#t=1h2m3s"), or undefined when there is none. */
export function fragmentStart(hash: string): number | undefined {
  const m = /^#(?:.*&)?t=(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?(?:&|$)/.exec(hash);
  if (!m || (m[1] ?? m[2] ?? m[3]) === undefined) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** The embed URL starting at `seconds` (0: from the beginning). */
export function embedAt(embed: string, by: StartBy, seconds: number): string {
  if (by === "none") return embed;
  const base = embed.replace(/#.*$/, "");
  const s = Math.max(0, Math.floor(seconds));
  if (by === "query") {
    const url = new URL(base);
    if (s > 0) url.searchParams.set("start", String(s));
    else url.searchParams.delete("start");
    return url.toString();
  }
  if (s === 0) return base;
  return by === "vimeo" ? `${base}#t=${s}s` : `${base}#t=${s}`;
}

/** "1:30", "1:02:15": a start time as people read it. */
export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}
