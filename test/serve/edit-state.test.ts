import { test } from "node:test";
import assert from "node:assert/strict";
import type { SiteUpdate } from "../../src/build/site-builder.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { afterUpdate, filesToUpdate, NO_EDITS } from "../../src/serve/edit-state.js";

const diag = (file: string, rule: string, severity: Diagnostic["severity"] = "error"): Diagnostic => ({ rule, severity, file, line: 3, column: 5, message: `${rule} in ${file}`, hint: "fix it" });
const update = (applied: boolean, diagnostics: Diagnostic[]): SiteUpdate => ({ applied, changed: [], removed: [], diagnostics, ms: 1, outputMs: 1, rendered: 0, emitters: [] });

test("errors the data had before any edit are not shown over the page", () => {
  const outcome = afterUpdate(NO_EDITS, ["a.json"], update(true, [diag("old.json", "schema"), diag("a.json", "tag-variants", "warning")]));
  assert.equal(outcome.overlay, undefined);
  assert.deepEqual(outcome.diagnostics.map((d) => d.file), ["a.json"], "the terminal gets the saved file's warnings");
});

test("an unreadable save is held back with every later update until it is fixed, and its error stays on the overlay", () => {
  const broken = afterUpdate(NO_EDITS, ["a.json"], update(false, [diag("a.json", "json-syntax")]));
  assert.deepEqual(broken.overlay, { applied: false, problems: [{ file: "a.json", line: 3, column: 5, rule: "json-syntax", message: "json-syntax in a.json", hint: "fix it" }] });
  assert.deepEqual(filesToUpdate(broken.state, ["b.json"]), ["a.json", "b.json"]);
  const still = afterUpdate(broken.state, ["a.json", "b.json"], update(false, [diag("a.json", "json-syntax")]));
  assert.equal(still.overlay?.applied, false);
  const fixed = afterUpdate(still.state, ["a.json"], update(true, []));
  assert.equal(fixed.overlay, undefined, "a good update clears the overlay");
  assert.deepEqual(filesToUpdate(fixed.state, ["c.json"]), ["c.json"]);
});

test("an applied update with errors in the saved file shows them until a later update no longer has them", () => {
  const first = afterUpdate(NO_EDITS, ["a.json"], update(true, [diag("a.json", "url")]));
  assert.deepEqual(first.overlay?.problems.map((p) => p.rule), ["url"]);
  assert.equal(first.overlay?.applied, true);
  const other = afterUpdate(first.state, ["b.json"], update(true, [diag("a.json", "url")]));
  assert.deepEqual(other.overlay?.problems.map((p) => p.file), ["a.json"], "still shown while another file is edited");
  assert.equal(afterUpdate(other.state, ["a.json"], update(true, [])).overlay, undefined);
});
