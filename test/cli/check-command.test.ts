import { test } from "node:test";
import assert from "node:assert/strict";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";
import { runCli } from "../helpers/run-cli.js";

test("check on the bundled sample finds no errors and says it used the sample", async () => {
  const r = await runCli(["check"], "/");
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stderr, /bundled sample/);
  assert.match(r.stdout, /Checked \d+ files \(6 events, 40 talks\).*: 0 error\(s\)/);
});

test("check --strict fails on the sample's intended warnings", async () => {
  const r = await runCli(["check", "--strict"], "/");
  assert.equal(r.code, 1);
});

test("check prints path:line:col, severity, rule, message and hint, and exits 1 on errors", async () => {
  const repo = makeRepo({ "c/category.json": event("C 2020"), "c/videos/t1.json": talk(1, { language: "en" }) });
  try {
    const r = await runCli(["check", "--data", repo.dir]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^c\/videos\/t1\.json$/m);
    assert.match(r.stdout, /c\/videos\/t1\.json:5:15 {2}error {4}language {2}"en" is not an ISO 639-3 language code\./);
    assert.match(r.stdout, /hint: Use "eng"/);
  } finally {
    repo.cleanup();
  }
});

test("check --format json prints the documented object", async () => {
  const repo = makeRepo({ "c/category.json": event("C 2020"), "c/videos/t1.json": talk(1, { recorded: "2016-13-45" }) });
  try {
    const r = await runCli(["check", "--data", repo.dir, "--format", "json"]);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ["diagnostics", "summary"]);
    assert.deepEqual(Object.keys(out.diagnostics[0]), ["rule", "severity", "file", "line", "column", "message", "hint"]);
    assert.equal(out.diagnostics[0].rule, "date");
    assert.equal(out.diagnostics[0].file, "c/videos/t1.json");
    assert.deepEqual(out.summary, { files: 2, events: 1, talks: 1, errors: 1, warnings: 0 });
  } finally {
    repo.cleanup();
  }
});

test("check --format github prints escaped workflow annotations with repository-relative paths", async () => {
  const repo = makeRepo({ "data/c/category.json": event("C 2020"), "data/c/videos/t1.json": talk(1, { tags: ["a", "a"] }) });
  try {
    const r = await runCli(["check", "--data", "data", "--format", "github"], repo.dir);
    assert.match(r.stdout, /^::error file=data\/c\/videos\/t1\.json,line=\d+,col=\d+,title=talkdex schema::.*%0A/m);
  } finally {
    repo.cleanup();
  }
});

test("usage errors exit 2 with a message, never a stack trace", async () => {
  for (const argv of [["check", "--frobnicate"], ["check", "--format", "xml"], ["nonsense"], ["check", "--data", "/no/such/folder"]]) {
    const r = await runCli(argv);
    assert.equal(r.code, 2, argv.join(" "));
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    assert.ok(r.stderr.length > 10);
  }
});
