// The files of a built site folder, for comparing two builds.

import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Every file under `dir`, as sorted paths relative to it. */
export function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
