// Rule `url`: every URL in the data is absolute http(s) — no missing scheme, no javascript: or ftp:.

import type { DataFile } from "../../load/data-file.js";
import { isRecord, list } from "./fields.js";
import type { Finding, Rule } from "../rule.js";
import { urlProblem } from "../../model/url.js";

/** Reports invalid video, thumbnail, related and event URLs. */
export const urlRule: Rule = {
  id: "url",
  severity: "error",
  description: "URLs (videos, thumbnail_url, related_urls, an event's url) are absolute http(s) URLs.",
  run({ facts }, report) {
    const check = (file: DataFile, at: (string | number)[], url: unknown, severity?: Finding["severity"]): void => {
      if (typeof url !== "string") return;
      const problem = urlProblem(url);
      if (problem) report({ file, at, ...problem, ...(severity ? { severity } : {}) });
    };
    for (const { talk, data } of facts.talks) {
      list(data, "videos").forEach((v, i) => isRecord(v) && check(talk.file, ["videos", i, "url"], v.url));
      // An empty thumbnail_url means "no thumbnail" in pyvideo/data, not a broken link.
      if (data.thumbnail_url !== "") check(talk.file, ["thumbnail_url"], data.thumbnail_url);
      list(data, "related_urls").forEach((r, i) =>
        isRecord(r) ? check(talk.file, ["related_urls", i, "url"], r.url) : check(talk.file, ["related_urls", i], r),
      );
    }
    for (const { event, data } of facts.events) if (event.category && data.url !== "") check(event.category, ["url"], data.url);
  },
};
