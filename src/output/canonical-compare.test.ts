import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalMismatch } from "./canonical-compare.js";
import { formatPyvideoJson } from "./canonical-json.js";

const value = { title: "Café", tags: ["a", "b"], id: 3, videos: [{ url: "https://x", type: "youtube" }], empty: [], none: null, obj: {} };

test("a canonical text has no mismatch; any departure is found at its offset", () => {
  const canonical = formatPyvideoJson(value);
  assert.equal(canonicalMismatch(canonical, value), -1);
  assert.equal(canonicalMismatch(canonical.slice(0, -1), value), canonical.length - 1, "missing final newline");
  assert.equal(canonicalMismatch(`${canonical}\n`, value), canonical.length, "extra newline");
  const fourSpaces = `${JSON.stringify(value, null, 4)}\n`;
  assert.equal(canonicalMismatch(fourSpaces, value), 4, "indentation differs right after '{\\n  '");
  const raw = canonical.replace("Caf\\u00e9", "Café");
  assert.equal(canonicalMismatch(raw, value), canonical.indexOf('"Caf'), "points at the token that differs");
});

test("floats and raw number tokens take the formatter's path and agree with it", () => {
  const v = { duration: 1.5, n: 2 };
  assert.equal(canonicalMismatch(formatPyvideoJson(v), v), -1);
  assert.equal(canonicalMismatch('{\n  "duration": 1005.0\n}\n', { duration: 1005 }, [{ path: ["duration"], raw: "1005.0" }]), -1);
  assert.equal(canonicalMismatch('{\n  "duration": 1005\n}\n', { duration: 1005 }, [{ path: ["duration"], raw: "1005.0" }]), 20);
});
