import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertInside, DiskSink, MANIFEST, manifestBytes, manifestEntries, manifestText } from "./disk-sink.js";

// A site folder to build into (not made yet), in a temporary folder removed after the test.
function outputFolder(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), "talkdex-sink-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, "site");
}

test("the manifest's text is JSON.stringify of the manifest object, with the writers' entries in the order given", () => {
  const files: [string, string][] = [
    ["404.html", "a"],
    ["_redirects", "b-_"],
    ['odd/"quoted"\\name.html', "c"],
    ["événements/ünïcode-😀.html", "d"],
    ["tag/x/index.html", "e"],
  ];
  const build = { input: "fp", result: { summary: { talks: 1 }, diagnostics: [{ message: 'say "hi"\n' }] }, stats: { files: 5, bytes: 9, largestPage: { path: "404.html", bytes: 3 }, written: 5, unchanged: 0, removed: 0 } };
  // As a writer makes them.
  const entries = files.map(([path, hash]) => `${JSON.stringify(path)}:"${hash}"`).join(",");
  assert.equal(manifestText(build, entries), `${JSON.stringify({ talkdex: 1, build, files: Object.fromEntries(files) })}\n`);
  assert.equal(manifestText(undefined, entries), `${JSON.stringify({ talkdex: 1, files: Object.fromEntries(files) })}\n`);
  assert.equal(manifestText(undefined, ""), '{"talkdex":1,"files":{}}\n');
  assert.deepEqual(JSON.parse(manifestText(build, entries)).files, Object.fromEntries(files));
  // The bytes one writer's entries become: the same text, piece by piece.
  for (const b of [build, undefined]) assert.equal(Buffer.concat(manifestBytes(b, Buffer.from(entries))).toString("utf8"), manifestText(b, entries));
});

test("the manifest lists the files in the order they were added, however they were shared among the writers", () => {
  const added = ["a/1.html", "b/2.html", "a/3.html", "c,d/4.html", "b/5.html"];
  const entry = (path: string): string => `${JSON.stringify(path)}:"h${path.length}"`;
  const writerOf = (path: string): number => (path.startsWith("a/") ? 0 : path.startsWith("b/") ? 1 : 2);
  const lines = [0, 1, 2].map((w) => added.filter((p) => writerOf(p) === w).map(entry).join("\n"));
  const expected = added.map(entry).join(",");
  assert.equal(manifestEntries(lines, added, writerOf), expected);
  assert.equal(manifestEntries([added.map(entry).join("\n")], added, () => 0), expected);
  assert.equal(manifestEntries([...lines, ""], added, writerOf), expected, "a writer that got no file");
  assert.equal(manifestEntries([""], [], () => 0), "");
});

test("an output path outside the folder, or with an empty, '.' or '..' segment, a backslash or NUL, is refused", () => {
  // The rule as a list of segments, as it was first written: what the single regex must agree with.
  const unsafe = (path: string): boolean => {
    const segments = path.split("/");
    return path.startsWith("/") || /[\\\0]/.test(path) || segments.some((s) => s === "" || s === "." || s === "..");
  };
  const paths = ["index.html", "a/b/c.html", "", "/", "/a", "a/", "a//b", "./a", "a/.", "a/./b", "../a", "a/..", "a/../b", "..", ".", "...", "a/...", "..a/b", "a/..b", ".hidden/x", "a/.b", "a\\b", "a\0b", "tag/c#/index.html", "ünï/cödé.html"];
  for (const path of paths) {
    if (unsafe(path)) assert.throws(() => assertInside(path), /outside the output folder/, JSON.stringify(path));
    else assert.doesNotThrow(() => assertInside(path), JSON.stringify(path));
  }
  assert.ok(paths.filter(unsafe).length >= 15 && paths.filter((p) => !unsafe(p)).length >= 8);
});

test("the writers' manifest entries are JSON whatever the path holds (quotes, control characters, non-ASCII)", async (t) => {
  const out = outputFolder(t);
  const paths = ["index.html", 'q"uote.html', "tab\tand\u0001.html", "ünï/cödé-😀.html", "a,b/c.html", "back/slash-free.json"];
  const writer = new DiskSink(out, false, 2).open();
  writer.add(paths.map((path) => ({ path, content: `content of ${path}` })));
  await writer.commit(undefined);
  const files = (JSON.parse(readFileSync(join(out, MANIFEST), "utf8")) as { files: Record<string, string> }).files;
  assert.deepEqual(Object.keys(files), paths);
  for (const path of paths) {
    assert.equal(files[path], createHash("sha1").update(`content of ${path}`).digest("base64url"));
    assert.equal(readFileSync(join(out, path), "utf8"), `content of ${path}`);
  }
});

test("a writer's manifest entries of more than a megabyte (kept in chunks) come back whole and in order", async (t) => {
  const out = outputFolder(t);
  // ≈ 190 bytes an entry, 7,000 files: 1.3 MB of entries from one writer, a non-ASCII one at each chunk's end or not.
  const paths = Array.from({ length: 7000 }, (_, i) => `d${i % 50}/${"long-name-".repeat(15)}${i % 97 === 0 ? "é" : ""}${i}.html`);
  const writer = new DiskSink(out, false, 1).open();
  writer.add(paths.map((path, i) => ({ path, content: String(i) })));
  await writer.commit(undefined);
  const files = (JSON.parse(readFileSync(join(out, MANIFEST), "utf8")) as { files: Record<string, string> }).files;
  assert.deepEqual(Object.keys(files), paths);
  paths.forEach((path, i) => assert.equal(files[path], createHash("sha1").update(String(i)).digest("base64url"), path));
});
