import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { runServe } from "../../src/cli/commands/serve.js";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../helpers/run-cli.js";
import { REPO_ROOT } from "../helpers/shared.js";
import { request } from "./http-request.js";

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), cwd: process.cwd(), isTTY: false, env: {} };
}

/** Resolves when `lines` contain a match. */
async function waitFor(lines: string[], re: RegExp, timeoutMs = 15_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = re.exec(lines.join(""));
    if (m) return m;
    if (Date.now() > deadline) throw new Error(`no ${re} in output:\n${lines.join("")}`);
    await new Promise((ok) => setTimeout(ok, 25));
  }
}

test("serve prints its URL, serves the site built for that URL, and stops cleanly when told", async (t) => {
  const root = mkdtempSync(join(tmpdir(), "talkdex-serve-cli-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  cpSync(SAMPLE_DATA_DIR, join(root, "data"), { recursive: true });
  const term = io();
  let stop: () => void = () => {};
  const stopped = new Promise<void>((ok) => (stop = ok));
  const running = runServe(["--data", join(root, "data"), "--port", "0"], term, stopped);
  const [, url, port] = await waitFor(term.out, /Serving .* at (http:\/\/127\.0\.0\.1:(\d+)\/)/);
  await waitFor(term.out, /Built [\d,]+ files in [\d.]+ s/);
  const home = await request(Number(port), "/");
  assert.equal(home.status, 200);
  assert.ok(home.text.includes(`<meta property="og:url" content="${url}"`), "absolute links use the served address");
  assert.deepEqual(term.err, [], "no warning on the loopback address");
  stop();
  assert.equal(await running, 0);
  assert.match(term.out.join(""), /Stopping talkdex serve/);
  await assert.rejects(request(Number(port), "/"), /ECONNREFUSED/, "the port is released");
});

test("a busy port is a clear message, not a stack trace", async (t) => {
  const blocker = createServer();
  await new Promise<void>((ok) => blocker.listen(0, "127.0.0.1", ok));
  t.after(() => blocker.close());
  const port = (blocker.address() as { port: number }).port;
  const r = await runCli(["serve", "--data", SAMPLE_DATA_DIR, "--port", String(port)]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*--port 0 picks a free one`));
});

test("a data folder that does not exist is a clear message, and the port is released", async () => {
  const r = await runCli(["serve", "--data", "/nonexistent/talkdex-data", "--port", "0"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /The data folder \/nonexistent\/talkdex-data does not exist/);
});

test("bad options are usage errors, and --help describes the command", async () => {
  for (const [args, re] of [
    [["--port", "http"], /--port must be a number from 0 to 65535/],
    [["--port", "70000"], /--port must be a number/],
    [["--host", "a;rm -rf /"], /--host must be a host name or an IP address/],
    [["--base-url", "javascript:alert(1)"], /--base-url must be an absolute http\(s\) URL/],
    [["--thumbnails", "none"], /--thumbnails must be one of remote, placeholder/],
    [["--bogus"], /Unknown option/],
  ] as const) {
    const r = await runCli(["serve", ...args]);
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.stderr, re);
  }
  const help = await runCli(["serve", "--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: talkdex serve/);
  assert.match((await runCli(["--help"])).stdout, /serve {3}serve the site while you edit/);
});

test("listening on every interface warns that the site is exposed", async (t) => {
  const term = io();
  let stop: () => void = () => {};
  const running = runServe(["--data", SAMPLE_DATA_DIR, "--port", "0", "--host", "0.0.0.0"], term, new Promise<void>((ok) => (stop = ok)));
  t.after(async () => {
    stop();
    await running;
  });
  await waitFor(term.out, /Serving .* at http:\/\/127\.0\.0\.1:\d+\//);
  assert.match(term.err.join(""), /warning: --host 0\.0\.0\.0 exposes the site to other machines on the network/);
});

test("the real process exits by itself after SIGINT: no watcher, stream or socket is left open", async (t) => {
  const root = mkdtempSync(join(tmpdir(), "talkdex-serve-signal-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  cpSync(SAMPLE_DATA_DIR, join(root, "data"), { recursive: true });
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--data", join(root, "data"), "--port", "0"], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  t.after(() => child.kill("SIGKILL"));
  const out: string[] = [];
  child.stdout.setEncoding("utf8").on("data", (s: string) => out.push(s));
  const exited = new Promise<number | null>((ok) => child.on("exit", (code) => ok(code)));
  const [, port] = await waitFor(out, /at http:\/\/127\.0\.0\.1:(\d+)\//);
  await waitFor(out, /Built [\d,]+ files/);
  // An open event stream must not keep the process alive.
  const stream = request(Number(port), "/_talkdex/events?path=/").catch(() => undefined);
  await new Promise((ok) => setTimeout(ok, 200));
  child.kill("SIGINT");
  const code = await Promise.race([exited, new Promise((ok) => setTimeout(() => ok("still running after 5 s"), 5000))]);
  assert.equal(code, 0);
  assert.match(out.join(""), /Stopping talkdex serve\./);
  await stream;
});
