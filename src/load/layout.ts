// The pyvideo/data layout: which paths are events, talks, root metadata files, or out of place.

import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Root files talkdex reads or knows to be harmless. */
export const ROOT_DATA_FILES = Object.freeze({
  noPublish: "NO_PUBLISH.json",
  redirects: "redirects.txt",
  speakers: "speakers.json",
  config: "talkdex.json",
});

// Documentation and tooling files a data repository commonly carries at its root.
const HARMLESS_ROOT_FILE = /^(readme|license|licence|copying|contributing|source|changelog|code_of_conduct)(\.[a-z]+)?$|\.(md|rst|txt|cfg|ini|toml|yml|yaml)$/i;

/** Where everything of a data repository sits, as relative paths with forward slashes. */
export interface Layout {
  /** Event folders (top-level folders with a category.json or a videos/ folder), sorted. */
  events: EventLayout[];
  /** Root metadata files that exist. */
  rootFiles: Set<string>;
  /** Paths that are not part of the layout (reported by the `layout` rule). */
  stray: StrayPath[];
}

/** One event folder. */
export interface EventLayout {
  folder: string;
  hasCategory: boolean;
  hasVideosFolder: boolean;
  /** File names (with `.json`) inside videos/, sorted. */
  talkFiles: string[];
}

/** A path outside the layout and why. */
export interface StrayPath {
  path: string;
  reason: string;
}

/** Folders skipped at the root: hidden folders, and the names in `ignore` (talkdex.json). */
export function isIgnoredRootFolder(name: string, ignore: readonly string[]): boolean {
  return name.startsWith(".") || name === "node_modules" || ignore.includes(name);
}

/** Walks a data repository's folders (not file contents) and classifies every path. */
export function scanLayout(root: string, ignore: readonly string[] = []): Layout {
  // Synchronous like the file reads: 540 small directories list faster without thread-pool hops.
  const top = readdirSync(root, { withFileTypes: true });
  top.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rootFiles = new Set<string>();
  const stray: StrayPath[] = [];
  const folders: string[] = [];
  for (const entry of top) {
    if (entry.isDirectory()) {
      if (!isIgnoredRootFolder(entry.name, ignore)) folders.push(entry.name);
    } else if (entry.name.startsWith(".")) {
      continue;
    } else if ((Object.values(ROOT_DATA_FILES) as string[]).includes(entry.name)) {
      rootFiles.add(entry.name);
    } else if (!HARMLESS_ROOT_FILE.test(entry.name)) {
      stray.push({ path: entry.name, reason: "a file at the root of the data repository that talkdex does not know" });
    }
  }
  const scanned = folders.map((folder) => scanEvent(root, folder));
  const events: EventLayout[] = [];
  for (const { event, strays } of scanned) {
    stray.push(...strays);
    if (event) events.push(event);
  }
  return { events, rootFiles, stray };
}

function scanEvent(root: string, folder: string): { event?: EventLayout; strays: StrayPath[] } {
  const strays: StrayPath[] = [];
  const entries = readdirSync(join(root, folder), { withFileTypes: true });
  let hasCategory = false;
  let hasVideosFolder = false;
  for (const entry of entries) {
    if (entry.name === "category.json" && entry.isFile()) hasCategory = true;
    else if (entry.name === "videos" && entry.isDirectory()) hasVideosFolder = true;
    else if (!entry.name.startsWith("."))
      strays.push({ path: `${folder}/${entry.name}`, reason: "only category.json and videos/ belong in an event folder" });
  }
  if (!hasCategory && !hasVideosFolder) {
    strays.push({ path: `${folder}/`, reason: "a folder with neither category.json nor videos/ is not an event" });
    return { strays };
  }
  const talkFiles: string[] = [];
  if (hasVideosFolder) {
    const videos = readdirSync(join(root, folder, "videos"), { withFileTypes: true });
    for (const entry of videos) {
      const path = `${folder}/videos/${entry.name}`;
      if (entry.name.startsWith(".")) continue;
      if (entry.isFile() && entry.name.endsWith(".json")) talkFiles.push(entry.name);
      else if (entry.isDirectory()) strays.push({ path: `${path}/`, reason: "videos/ holds talk files only, no folders" });
      else strays.push({ path, reason: "files in videos/ must be talk records ending in .json" });
    }
    talkFiles.sort();
  }
  return { event: { folder, hasCategory, hasVideosFolder, talkFiles }, strays };
}
