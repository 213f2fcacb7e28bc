import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";
import { runCli } from "../helpers/run-cli.js";
import { SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "talkdex-build-cli-"));
}

test("build writes the sample, and a second build rewrites nothing", async () => {
  const dir = tempDir();
  try {
    const out = join(dir, "site");
    const first = await runCli(["build", "--out", out], dir);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Built [\d,]+ files .* from 39 talks/);
    const mtime = statSync(join(out, "index.html")).mtimeMs;
    const second = await runCli(["build", "--out", out], dir);
    assert.match(second.stdout, /; 0 written, 0 removed\)/);
    assert.equal(statSync(join(out, "index.html")).mtimeMs, mtime);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("build refuses to replace a folder it did not build, and rejects a bad --base-url", async () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, "mine"));
    writeFileSync(join(dir, "mine", "thesis.tex"), "precious");
    const r = await runCli(["build", "--out", "mine"], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /not empty and was not built by talkdex/);
    assert.ok(existsSync(join(dir, "mine", "thesis.tex")));
    const bad = await runCli(["build", "--out", "site", "--base-url", "javascript:alert(1)"], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--base-url must be an absolute http\(s\) URL/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("records that fail validation are skipped and named; --strict writes nothing", async () => {
  const repo = makeRepo({ "e/category.json": event("E 2020"), "e/videos/ok.json": talk(1), "e/videos/bad.json": talk(2, { title: 42 }) });
  try {
    const out = join(repo.dir, "..", `${repo.dir.split("/").pop()}-site`);
    const r = await runCli(["build", "--data", repo.dir, "--out", out]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /1 record\(s\) skipped: e\/videos\/bad\.json \(schema: "title" must be a string/);
    assert.ok(existsSync(join(out, "e-2020", "testing-talk-1.html")));
    rmSync(out, { recursive: true, force: true });
    const strict = await runCli(["build", "--data", repo.dir, "--out", out, "--strict"]);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /stopped by --strict/);
    assert.equal(existsSync(out), false);
  } finally {
    repo.cleanup();
  }
});

test("Ctrl-C stops a build of the snapshot: the files written so far are removed, and the exit status is 130", { skip: SNAPSHOT_SKIP }, async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, "site");
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "build", "--data", SNAPSHOT_DIR, "--out", out], {
    cwd: fileURLToPath(new URL("../../", import.meta.url)),
    stdio: ["ignore", "pipe", "pipe"],
  });
  t.after(() => child.kill("SIGKILL"));
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  const exited = new Promise<number | null>((ok) => child.on("exit", (code) => ok(code)));
  // Interrupted once its staging folder holds files: the build is writing.
  const staging = (): string | undefined => readdirSync(dir).find((n) => n.startsWith(".site.building-"));
  const filesIn = (folder: string): number => {
    try {
      return readdirSync(join(dir, folder)).length;
    } catch {
      return 0;
    }
  };
  for (let i = 0; i < 600; i++) {
    const folder = staging();
    if (folder && filesIn(folder) > 0) break;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.ok(staging(), `the build started writing (stderr: ${stderr})`);
  child.kill("SIGINT");
  const code = await Promise.race([exited, new Promise((ok) => setTimeout(() => ok("still running after 30 s"), 30_000))]);
  assert.equal(code, 130, stderr);
  assert.match(stderr, /talkdex build: interrupted; removing the files written so far…\ntalkdex build: stopped; .*site is as it was before this build\.\n$/);
  assert.deepEqual(readdirSync(dir), [], "no site, no staging folder");
});
