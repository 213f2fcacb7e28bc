// One event folder as it is on disk before an import: its category.json and its talk files.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { MAX_NAME_BYTES } from "../check/rules/filename-length.js";
import { UserError } from "../model/user-error.js";

/** A JSON file of the folder: its text, and its value when it parsed to an object. */
export interface ExistingFile {
  /** Path relative to the data folder, with forward slashes. */
  path: string;
  text: string;
  data: Record<string, unknown> | undefined;
}

/** A talk file and its name without ".json". */
export interface ExistingTalk extends ExistingFile {
  base: string;
}

/** The event folder's current files (all absent for a new event). */
export interface EventFolder {
  dataDir: string;
  folder: string;
  category: ExistingFile | undefined;
  talks: ExistingTalk[];
}

/** Reads `<dataDir>/<folder>`; a missing folder is a new, empty event. */
export async function readEventFolder(dataDir: string, folder: string): Promise<EventFolder> {
  checkFolderName(folder);
  const category = await readJsonFile(dataDir, `${folder}/category.json`);
  let names: string[] = [];
  try {
    names = (await readdir(join(dataDir, folder, "videos"))).filter((n) => n.endsWith(".json")).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const talks: ExistingTalk[] = [];
  for (const name of names) {
    const file = await readJsonFile(dataDir, `${folder}/videos/${name}`);
    if (file) talks.push({ ...file, base: name.slice(0, -".json".length) });
  }
  return { dataDir, folder, category, talks };
}

/** An event folder name is one plain, short path segment: it becomes part of every talk's path. */
export function checkFolderName(folder: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(folder) || Buffer.byteLength(folder) > MAX_NAME_BYTES)
    throw new UserError(
      `--event "${folder}" is not a usable folder name: use letters, digits, "-", "_" or "." (not starting with "." or "-"), under 140 bytes, e.g. --event pycon-us-2025.`,
      2,
    );
}

async function readJsonFile(dataDir: string, path: string): Promise<ExistingFile | undefined> {
  let text: string;
  try {
    text = await readFile(join(dataDir, path), "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  let data: Record<string, unknown> | undefined;
  try {
    const value: unknown = JSON.parse(text.replace(/^\ufeff/, ""));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) data = value as Record<string, unknown>;
  } catch {
    // Left undefined: the plan leaves unreadable files alone and says so.
  }
  return { path, text, data };
}
