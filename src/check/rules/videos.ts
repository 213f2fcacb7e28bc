// Rules `video-type` (known types, matching hosts) and `duplicate-video` (one recording, one talk).

import { hostMatches, VIDEO_TYPE_ALIASES, VIDEO_TYPES, videoKey } from "../../model/video.js";
import type { RawTalk } from "../../load/repository.js";
import { isRecord, list } from "./fields.js";
import type { Rule } from "../rule.js";

/** Reports unknown video types and URLs that do not live on their type's host. */
export const videoTypeRule: Rule = {
  id: "video-type",
  severity: "warning",
  description: `Video types are known (${[...VIDEO_TYPES.keys()].join(", ")}) and match the URL's host.`,
  run({ facts }, report) {
    for (const { talk, data } of facts.talks)
      list(data, "videos").forEach((video, i) => {
        if (!isRecord(video) || typeof video.type !== "string") return;
        const type = video.type;
        if (!VIDEO_TYPES.has(type)) {
          const meant = VIDEO_TYPE_ALIASES[type.toLowerCase()] ?? (VIDEO_TYPES.has(type.toLowerCase()) ? type.toLowerCase() : undefined);
          report({
            file: talk.file,
            at: ["videos", i, "type"],
            message: `Unknown video type "${type}": the site cannot embed it and will show a plain link.`,
            hint: meant ? `Use "${meant}".` : `Use one of ${[...VIDEO_TYPES.keys()].join(", ")}.`,
          });
          return;
        }
        const hosts = VIDEO_TYPES.get(type);
        const host = typeof video.url === "string" ? hostOf(video.url) : undefined;
        if (hosts && host && !hosts.some((h) => hostMatches(host, h)))
          report({
            file: talk.file,
            at: ["videos", i, "url"],
            message: `A "${type}" video should be on ${hosts.join(" or ")}, but this URL is on ${host}.`,
            hint: "Fix the URL or the type.",
          });
      });
  },
};

/** Reports the same video URL used by more than one talk. */
export const duplicateVideoRule: Rule = {
  id: "duplicate-video",
  severity: "warning",
  description: "A video URL belongs to one talk only.",
  run({ facts }, report) {
    const byKey = new Map<string, { talk: RawTalk; index: number }[]>();
    for (const { talk, data } of facts.talks)
      list(data, "videos").forEach((video, index) => {
        if (!isRecord(video) || typeof video.url !== "string" || video.url.trim() === "") return;
        const key = videoKey(video.url);
        const seen = byKey.get(key) ?? [];
        if (!seen.some((s) => s.talk === talk)) seen.push({ talk, index });
        byKey.set(key, seen);
      });
    for (const uses of byKey.values()) {
      if (uses.length < 2) continue;
      for (const { talk, index } of uses)
        report({
          file: talk.file,
          at: ["videos", index, "url"],
          message: `The same video is also listed by ${uses.filter((u) => u.talk !== talk).map((u) => u.talk.file.path).join(", ")}.`,
          hint: "If these are the same talk, keep one file (add the other's path as an \"alias\"); otherwise fix the URL.",
        });
    }
  },
};

// Host of an http(s) URL without user info: read directly; anything else goes through `new URL()`.
const PLAIN_HOST = /^https?:\/\/([a-z0-9.-]+)(?=[:/?#]|$)/i;

function hostOf(url: string): string | undefined {
  const plain = PLAIN_HOST.exec(url)?.[1];
  if (plain !== undefined && !/^[\d.]+$/.test(plain)) return plain.toLowerCase();
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
