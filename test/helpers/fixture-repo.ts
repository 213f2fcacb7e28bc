// Builds small data repositories in a temporary folder, so tests can write any bytes (BOM, binary…).

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { formatPyvideoJson } from "../../src/output/canonical-json.js";

/** File contents by relative path: strings are written as UTF-8, objects as canonical JSON. */
export type FixtureFiles = Record<string, string | Uint8Array | object>;

/** Writes `files` into a fresh temporary folder and returns it with a cleanup function. */
export function makeRepo(files: FixtureFiles): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "talkdex-test-"));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof content === "string" || content instanceof Uint8Array) writeFileSync(full, content);
    else writeFileSync(full, formatPyvideoJson(content));
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A valid talk record; `n` makes its title and video unique. */
export function talk(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = `vid${String(n).padStart(8, "0")}`;
  const record: Record<string, unknown> = {
    description: `A talk about testing, number ${n}.`,
    duration: 1500,
    id: n,
    language: "eng",
    recorded: "2020-05-02",
    speakers: ["Ada Example"],
    tags: ["testing"],
    thumbnail_url: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
    title: `Testing talk ${n}`,
    videos: [{ type: "youtube", url: `https://www.youtube.com/watch?v=${id}` }],
    ...overrides,
  };
  // `{title: undefined}` in overrides removes the field.
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
}

/** A valid event record. */
export function event(title: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { title, start_date: "2020-05-01", end_date: "2020-05-03", ...overrides };
}
