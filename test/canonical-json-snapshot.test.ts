// Checks the canonical formatter against every file of the pyvideo/data snapshot: the files that
// Python's reserialize.py leaves unchanged must be exactly the ones we leave unchanged.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJson } from "../src/load/json-parse.js";
import { formatPyvideoJson, isCanonicalPyvideoJson } from "../src/output/canonical-json.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const snapshot = join(repoRoot, "..", "shared", "pyvideo-data");

// Counted with python3 json.dumps(indent=2, sort_keys=True, separators=(",", ": "), ensure_ascii=True) + "\n".
const PYTHON_CANONICAL_FILES = 19_048;
const SNAPSHOT_JSON_FILES = 22_256;

function jsonFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...jsonFiles(full));
    else if (entry.name.endsWith(".json")) found.push(full);
  }
  return found.sort();
}

test("the canonical form matches Python's on exactly the snapshot files Python leaves unchanged", (t) => {
  if (!existsSync(snapshot)) {
    t.skip("../shared/pyvideo-data is absent");
    return;
  }
  const files = jsonFiles(snapshot);
  assert.equal(files.length, SNAPSHOT_JSON_FILES);
  let canonical = 0;
  const failures: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const parsed = parseJson(text);
    if (!parsed.ok) {
      failures.push(`${relative(snapshot, file)}: ${parsed.error.message}`);
      continue;
    }
    const options = { rawNumbers: parsed.rawNumbers };
    const formatted = formatPyvideoJson(parsed.value, options);
    if (isCanonicalPyvideoJson(text, parsed.value, options)) canonical++;
    // Idempotent: the canonical text parses back to the same value and formats to itself.
    const again = parseJson(formatted);
    assert.ok(again.ok, `${file} does not re-parse after formatting`);
    assert.deepEqual(again.value, parsed.value, `${file} changes value when formatted`);
    assert.equal(formatPyvideoJson(again.value, { rawNumbers: again.rawNumbers }), formatted, `${file} is not idempotent`);
  }
  t.diagnostic(`${canonical} of ${files.length} snapshot files are already canonical`);
  assert.deepEqual(failures, []);
  assert.equal(canonical, PYTHON_CANONICAL_FILES);
});
