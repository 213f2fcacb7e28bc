// Raw responses kept on disk, keyed by URL, so an interrupted import resumes without asking again.

import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../../output/atomic-write.js";

/** Where an import's cache lives inside a data folder (hidden folders are not events). */
export const DEFAULT_CACHE_SUBDIR = join(".talkdex-cache", "import");

/** Query parameters that carry secrets: never written to disk, never part of a cache key. */
const SECRET_PARAMS = ["key", "access_token", "token", "api_key"];

/** The URL with secret query parameters replaced by "REDACTED", for messages and cache files. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    for (const p of SECRET_PARAMS) if (u.searchParams.has(p)) u.searchParams.set(p, "REDACTED");
    return u.toString();
  } catch {
    return url;
  }
}

/** A folder of cached response bodies. */
export interface ResponseCache {
  get(url: string): Promise<string | undefined>;
  put(url: string, body: string): Promise<void>;
}

/** A cache in `dir` (created on first write); one JSON file per URL, named by the hash of its redacted form. */
export function diskCache(dir: string): ResponseCache {
  const file = (url: string) => join(dir, `${createHash("sha256").update(redactUrl(url)).digest("hex").slice(0, 32)}.json`);
  return {
    async get(url) {
      try {
        const entry = JSON.parse(await readFile(file(url), "utf8")) as { url?: unknown; body?: unknown };
        // A hash collision or a hand-edited file is a miss, not a wrong answer.
        return entry.url === redactUrl(url) && typeof entry.body === "string" ? entry.body : undefined;
      } catch {
        return undefined;
      }
    },
    async put(url, body) {
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(file(url), `${JSON.stringify({ url: redactUrl(url), fetchedAt: new Date().toISOString(), body })}\n`);
    },
  };
}
