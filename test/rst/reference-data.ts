// Loading the docutils reference (../shared/docutils-reference.jsonl.gz) and the texts it was made from.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

/** ../shared, resolved from the repository root. */
export const SHARED_DIR = fileURLToPath(new URL("../../../shared/", import.meta.url));
/** The reference file. */
export const REFERENCE_FILE = `${SHARED_DIR}docutils-reference.jsonl.gz`;
/** The snapshot. */
export const DATA_DIR = `${SHARED_DIR}pyvideo-data/`;

/** One reference document with its source text. */
export interface ReferenceDoc {
  file: string;
  field: string;
  text: string;
  html: string;
  messages: { line: number | null; level: number; message: string }[];
}

/** Whether the reference data is present. */
export function referenceAvailable(): boolean {
  return existsSync(REFERENCE_FILE) && existsSync(DATA_DIR);
}

/** Every reference document, with its text read from the snapshot. */
export function loadReference(): ReferenceDoc[] {
  const lines = gunzipSync(readFileSync(REFERENCE_FILE)).toString("utf8").split("\n");
  const cache = new Map<string, Record<string, unknown>>();
  const docs: ReferenceDoc[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const ref = JSON.parse(line) as Omit<ReferenceDoc, "text">;
    let json = cache.get(ref.file);
    if (!json) {
      json = JSON.parse(readFileSync(DATA_DIR + ref.file, "utf8")) as Record<string, unknown>;
      cache.set(ref.file, json);
    }
    const text = json[ref.field];
    if (typeof text === "string") docs.push({ ...ref, text });
  }
  return docs;
}
