// Page kinds of a built site, so template checks cover every kind the build produces — including
// kinds added later (list pages) — with one representative page each.

import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A page and the kind (template) it belongs to. */
export interface KindPage {
  kind: string;
  path: string;
}

// Folders whose pages share one template; any other page in a folder is a talk page (`{event}/{talk}.html`).
const FOLDER_KINDS = new Set(["events", "pages", "speaker", "tag", "language", "series", "latest", "archives", "speakers", "tags", "languages"]);

/** The kind of a site path: "home", "404", "talk", "event" ("events/x.html"), "speaker", "tags-index"… */
export function pageKind(path: string, html: string): string {
  if (/<meta http-equiv="refresh"/i.test(html)) return "redirect";
  const parts = path.split("/");
  if (parts.length === 1) return path === "index.html" ? "home" : path.replace(/\.html$/, "");
  const folder = parts[0] ?? "";
  if (folder === "events") return "event";
  if (folder === "pages") return `page-${(parts[1] ?? "").replace(/\.html$/, "")}`;
  if (FOLDER_KINDS.has(folder)) return parts.length > 2 && /^\d+$/.test(parts[parts.length - 2] ?? "") ? `${folder}-paged` : folder;
  return "talk";
}

/** One page per kind (the first in path order; for talks, one with several sources); `dir` holds the files. */
export function onePagePerKind(paths: readonly string[], dir: string): KindPage[] {
  const chosen = new Map<string, KindPage>();
  for (const path of paths) {
    const html = readFileSync(join(dir, path), "utf8");
    const kind = pageKind(path, html);
    if (kind === "talk" && !html.includes('class="sources"')) {
      if (!chosen.has("talk")) chosen.set("talk", { kind, path });
      continue;
    }
    const current = chosen.get(kind);
    if (!current || (kind === "talk" && !readFileSync(join(dir, current.path), "utf8").includes('class="sources"'))) chosen.set(kind, { kind, path });
  }
  return [...chosen.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1));
}
