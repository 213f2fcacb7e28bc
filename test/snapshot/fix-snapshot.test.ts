import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkRepository } from "../../src/check/check-repository.js";
import { fixRepository } from "../../src/check/fix.js";
import { readRepository } from "../../src/load/repository.js";
import { SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";

test("fix round-trips a copy of the snapshot: only non-canonical files change, and only in form", { skip: SNAPSHOT_SKIP }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "talkdex-fix-"));
  try {
    cpSync(SNAPSHOT_DIR, dir, { recursive: true });
    const before = await readRepository(dir);
    const formatFindings = new Set(checkRepository(before).diagnostics.filter((d) => d.rule === "format").map((d) => d.file));
    const result = await fixRepository(before);
    assert.deepEqual(result.skipped, []);
    const changed = new Set(result.changed.map((c) => c.path));
    const urlTrims = result.changed.filter((c) => c.changes.some((x) => x.startsWith("spaces removed"))).map((c) => c.path);
    for (const path of formatFindings) assert.ok(changed.has(path), `${path} rewritten`);
    for (const path of changed) assert.ok(formatFindings.has(path) || urlTrims.includes(path), `${path} changed for a reason`);

    const after = await readRepository(dir);
    const originals = new Map(before.talks.map((b) => [b.file.path, b]));
    for (const t of after.talks) {
      const original = originals.get(t.file.path);
      assert.ok(original);
      if (!changed.has(t.file.path)) {
        assert.equal(readFileSync(join(dir, t.file.path), "utf8"), readFileSync(join(SNAPSHOT_DIR, t.file.path), "utf8"));
      } else if (!urlTrims.includes(t.file.path)) {
        assert.deepEqual(t.file.value, original.file.value, `${t.file.path} holds the same data`);
      }
    }
    const recheck = checkRepository(after).diagnostics.filter((d) => d.rule === "format");
    assert.deepEqual(recheck, [], "everything is canonical afterwards");
    const again = await fixRepository(after);
    assert.equal(again.changed.length, 0, "a second fix changes nothing");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
