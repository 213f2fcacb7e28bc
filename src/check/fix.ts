// fixRepository: rewrites talk and event files into canonical form, applying the fixes asked for.

import { join } from "node:path";
import type { DataFile } from "../load/data-file.js";
import type { Repository } from "../load/repository.js";
import { formatPyvideoJson } from "../output/canonical-json.js";
import { writeFileAtomic } from "../output/atomic-write.js";
import { isRecord } from "./rules/fields.js";

/** What `talkdex fix` may do besides rewriting into canonical form. */
export interface FixOptions {
  /** Fill missing talk ids with the next free numbers (max + 1, in path order). */
  ids?: boolean;
  /** Report what would change without writing. */
  dryRun?: boolean;
}

/** One file that changed (or would), and why. */
export interface FileChange {
  path: string;
  changes: string[];
}

/** The outcome of a fix run. */
export interface FixResult {
  changed: FileChange[];
  /** Files left alone because they cannot be parsed, with the reason. */
  skipped: { path: string; reason: string }[];
}

/** Computes every change, then writes changed files atomically (unless dry run); untouched files are not written. */
export async function fixRepository(repo: Repository, options: FixOptions = {}): Promise<FixResult> {
  const replacements = repo.config.speakerReplacements;
  let nextId = 1 + Math.max(0, ...repo.talks.map((t) => (isRecord(t.file.value) && typeof t.file.value.id === "number" ? t.file.value.id : 0)));
  const changed: FileChange[] = [];
  const skipped: FixResult["skipped"] = [];
  const writes: { path: string; text: string }[] = [];
  const files: { file: DataFile; talk: boolean }[] = [];
  for (const event of repo.events) {
    if (event.category) files.push({ file: event.category, talk: false });
    for (const t of event.talks) files.push({ file: t.file, talk: true });
  }
  files.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  for (const { file, talk } of files) {
    if (file.value === undefined || file.text === undefined) {
      const problem = file.problems[0];
      skipped.push({ path: file.path, reason: problem ? `${problem.message} (line ${problem.line})` : "unreadable" });
      continue;
    }
    const duplicate = file.problems.find((p) => p.rule === "duplicate-key");
    if (duplicate) {
      // Rewriting would silently drop one of the two values: a person has to choose.
      skipped.push({ path: file.path, reason: `${duplicate.message} (line ${duplicate.line})` });
      continue;
    }
    const notes: string[] = [];
    let value = file.value;
    if (talk && isRecord(value)) {
      const record: Record<string, unknown> = { ...value };
      if (Array.isArray(record.speakers)) {
        record.speakers = record.speakers.map((name) => {
          if (typeof name === "string" && Object.hasOwn(replacements, name)) {
            notes.push(`speaker "${name}" → "${replacements[name]}"`);
            return replacements[name];
          }
          return name;
        });
      }
      trimUrls(record, notes);
      if (options.ids && (record.id === undefined || record.id === null)) {
        record.id = nextId++;
        notes.push(`id ${String(record.id)} added`);
      }
      value = record;
    }
    const raw = { rawNumbers: file.rawNumbers };
    const text = formatPyvideoJson(value, raw);
    if (file.text !== formatPyvideoJson(file.value, raw)) notes.unshift("canonical JSON form");
    if (file.bom) notes.push("byte order mark removed");
    if (text !== file.text || file.bom) {
      changed.push({ path: file.path, changes: notes });
      writes.push({ path: file.path, text });
    }
  }
  if (!options.dryRun) for (const w of writes) await writeFileAtomic(join(repo.root, w.path), w.text);
  return { changed, skipped };
}

/** Removes spaces around URLs (the `url` rule's "spaces around it"), in place on a copied record. */
function trimUrls(record: Record<string, unknown>, notes: string[]): void {
  const trim = (v: unknown, where: string): unknown => {
    if (typeof v !== "string" || v.trim() === v) return v;
    notes.push(`spaces removed around ${where}`);
    return v.trim();
  };
  record.thumbnail_url = trim(record.thumbnail_url, "thumbnail_url");
  if (record.thumbnail_url === undefined) delete record.thumbnail_url;
  if (Array.isArray(record.videos))
    record.videos = record.videos.map((v, i) => (isRecord(v) && "url" in v ? { ...v, url: trim(v.url, `videos[${i}].url`) } : v));
  if (Array.isArray(record.related_urls))
    record.related_urls = record.related_urls.map((r, i) =>
      isRecord(r) && "url" in r ? { ...r, url: trim(r.url, `related_urls[${i}].url`) } : trim(r, `related_urls[${i}]`),
    );
}
