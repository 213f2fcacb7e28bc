// Which data folder a command works on: --data, else the current folder if it is one, else the sample.

import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The bundled fictional sample dataset (the same path from src/ and dist/). */
export const SAMPLE_DATA_DIR = fileURLToPath(new URL("../../sample-data/", import.meta.url));

/** The chosen folder and whether it is the bundled sample. */
export interface DataDirChoice {
  dir: string;
  sample: boolean;
}

/** Resolves the data folder: an explicit `--data`, the current folder when it looks like a data repository, or the sample. */
export function chooseDataDir(explicit: string | undefined, cwd: string): DataDirChoice {
  if (explicit !== undefined) return { dir: resolve(cwd, explicit), sample: false };
  if (looksLikeDataRepository(cwd)) return { dir: cwd, sample: false };
  return { dir: SAMPLE_DATA_DIR.replace(/[\\/]$/, ""), sample: true };
}

/** A folder with talkdex.json or NO_PUBLISH.json, or with at least one `<event>/category.json`. */
export function looksLikeDataRepository(dir: string): boolean {
  if (existsSync(join(dir, "talkdex.json")) || existsSync(join(dir, "NO_PUBLISH.json"))) return true;
  try {
    return readdirSync(dir, { withFileTypes: true }).some(
      (e) => e.isDirectory() && !e.name.startsWith(".") && existsSync(join(dir, e.name, "category.json")),
    );
  } catch {
    return false;
  }
}
