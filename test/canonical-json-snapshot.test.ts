// Checks the canonical formatter against every file of the pyvideo/data snapshot: our output must
// be byte-identical to Python's, and the files Python leaves unchanged must be the ones we leave.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJson } from "../src/load/json-parse.js";
import { formatPyvideoJson, isCanonicalPyvideoJson } from "../src/output/canonical-json.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const snapshot = join(repoRoot, "..", "shared", "pyvideo-data");

// Counted with python3: json.dumps(value, indent=2, sort_keys=True, separators=(",", ": "),
// ensure_ascii=True) + "\n" equals the file's bytes for exactly this many snapshot files.
const PYTHON_CANONICAL_FILES = 19_048;
const SNAPSHOT_JSON_FILES = 22_256;

// Prints "<path>\t<md5 of Python's canonical text>\t<1 if the file already is canonical>" per file.
const PYTHON_REFERENCE = `
import hashlib, json, os, sys
for d, dirs, files in os.walk("."):
    dirs[:] = [x for x in dirs if not x.startswith(".")]
    for f in files:
        if not f.endswith(".json"):
            continue
        p = os.path.join(d, f)
        raw = open(p, "rb").read()
        s = json.dumps(json.loads(raw.decode("utf-8")), indent=2, sort_keys=True, separators=(",", ": "), ensure_ascii=True) + "\\n"
        print("%s\\t%s\\t%d" % (p[2:], hashlib.md5(s.encode()).hexdigest(), s.encode() == raw))
`;

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

interface Formatted {
  path: string;
  md5: string;
  canonical: boolean;
}

function formatSnapshot(): { formatted: Formatted[]; failures: string[] } {
  const formatted: Formatted[] = [];
  const failures: string[] = [];
  for (const file of jsonFiles(snapshot)) {
    const path = relative(snapshot, file).split(sep).join("/");
    const text = readFileSync(file, "utf8");
    const parsed = parseJson(text);
    if (!parsed.ok) {
      failures.push(`${path}: ${parsed.error.message}`);
      continue;
    }
    const options = { rawNumbers: parsed.rawNumbers };
    const output = formatPyvideoJson(parsed.value, options);
    formatted.push({ path, md5: createHash("md5").update(output).digest("hex"), canonical: isCanonicalPyvideoJson(text, parsed.value, options) });
    // Idempotent: the canonical text parses back to the same value and formats to itself.
    const again = parseJson(output);
    if (!again.ok) {
      failures.push(`${path}: does not re-parse after formatting`);
      continue;
    }
    assert.deepEqual(again.value, parsed.value, `${path} changes value when formatted`);
    assert.equal(formatPyvideoJson(again.value, { rawNumbers: again.rawNumbers }), output, `${path} is not idempotent`);
  }
  return { formatted, failures };
}

test("every snapshot file formats idempotently to exactly as many canonical files as Python finds", (t) => {
  if (!existsSync(snapshot)) {
    t.skip("../shared/pyvideo-data is absent");
    return;
  }
  const { formatted, failures } = formatSnapshot();
  assert.deepEqual(failures, []);
  assert.equal(formatted.length, SNAPSHOT_JSON_FILES);
  const canonical = formatted.filter((f) => f.canonical).length;
  t.diagnostic(`${canonical} of ${formatted.length} snapshot files are already canonical`);
  assert.equal(canonical, PYTHON_CANONICAL_FILES);

  const python = spawnSync("python3", ["-c", PYTHON_REFERENCE], { cwd: snapshot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (python.error !== undefined || python.status !== 0) {
    t.diagnostic("python3 is unavailable: compared the count of canonical files only, not Python's output itself");
    return;
  }
  const reference = new Map<string, { md5: string; canonical: boolean }>();
  for (const line of python.stdout.trim().split("\n")) {
    const [path = "", md5 = "", same = ""] = line.split("\t");
    reference.set(path, { md5, canonical: same === "1" });
  }
  const differing = formatted.filter((f) => reference.get(f.path)?.md5 !== f.md5).map((f) => f.path);
  const disagreeing = formatted.filter((f) => reference.get(f.path)?.canonical !== f.canonical).map((f) => f.path);
  t.diagnostic(`output byte-identical to python3 for ${formatted.length - differing.length} of ${formatted.length} files`);
  assert.deepEqual(differing.slice(0, 10), []);
  assert.deepEqual(disagreeing.slice(0, 10), []);
  assert.equal(reference.size, formatted.length);
});
