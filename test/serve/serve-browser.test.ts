import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { startServe } from "../../src/serve/dev-server.js";
import { CHROMIUM_SKIP, launchChromium } from "../browser/harness.js";

const TALK_FILE = "pyriver-2023/videos/machine-learning-for-the-rest-of-us.json";
const TALK_PAGE = "pyriver-2023/machine-learning-for-the-rest-of-us.html";

test("in Chromium, a served page reloads after an edit, shows the overlay on a broken edit, and drops it once fixed", { skip: CHROMIUM_SKIP }, async (t) => {
  const root = mkdtempSync(join(tmpdir(), "talkdex-serve-browser-"));
  const data = join(root, "data");
  cpSync(SAMPLE_DATA_DIR, data, { recursive: true });
  const [browser, server] = await Promise.all([launchChromium(), startServe({ data, port: 0, thumbnails: "placeholder", debounceMs: 40 })]);
  t.after(async () => {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  await server.ready;
  const origin = new URL(server.url).origin;
  const context = await browser.newContext();
  // Nothing leaves the machine: requests to other hosts are answered locally.
  await context.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.fulfill({ status: 204, body: "" })));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.url}${TALK_PAGE}`);
  await page.locator("html[data-talkdex-live=connected]").waitFor({ state: "attached", timeout: 5000 });

  const good = readFileSync(join(data, TALK_FILE), "utf8");
  writeFileSync(join(data, TALK_FILE), good.replace("A lowercase title on purpose.", "Reloaded by the browser test."));
  await page.getByText("Reloaded by the browser test.").waitFor({ timeout: 10_000 });
  await page.locator("html[data-talkdex-live=connected]").waitFor({ state: "attached", timeout: 5000 });

  writeFileSync(join(data, TALK_FILE), good.replace('"duration": 1602,', '"duration": 1602'));
  const overlay = page.locator("#talkdex-overlay");
  await overlay.waitFor({ timeout: 10_000 });
  assert.match(await overlay.innerText(), /the last change was not applied/);
  assert.match(await overlay.innerText(), new RegExp(`${TALK_FILE}:\\d+:\\d+\\s+json-syntax`));
  assert.equal(await overlay.getAttribute("role"), "alert");
  assert.match(await page.content(), /Reloaded by the browser test\./, "the last good page stays");

  writeFileSync(join(data, TALK_FILE), good.replace("A lowercase title on purpose.", "Fixed in the browser test."));
  await page.getByText("Fixed in the browser test.").waitFor({ timeout: 10_000 });
  assert.equal(await overlay.count(), 0, "the overlay is gone after a good update");
  assert.deepEqual(errors, []);
});
