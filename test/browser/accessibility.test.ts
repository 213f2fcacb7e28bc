import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_SKIP, launchChromium, mapConcurrent, openPage, serveSample, type RecordedPage, type ServedSite } from "./harness.js";
import { onePagePerKind, type KindPage } from "./page-kinds.js";

// WCAG 2.0–2.2 A and AA rules, plus axe's best practices (landmarks, one main, heading order, regions).
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

// In dark mode only the colours change, so only the colour rules run again.
const DARK_RULES = ["color-contrast", "link-in-text-block"];

async function axeViolations(page: Page, axeSource: string, only: "all" | "colours" = "all"): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  const runOnly = only === "all" ? { type: "tag", values: AXE_TAGS } : { type: "rule", values: DARK_RULES };
  const result = (await page.evaluate(`axe.run(document, { runOnly: ${JSON.stringify(runOnly)}, resultTypes: ["violations"] })`)) as {
    violations: AxeViolation[];
  };
  return result.violations;
}

function explain(kind: KindPage, scheme: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => `${kind.kind} (${kind.path}, ${scheme}): ${v.id}: ${v.help}\n${v.nodes.slice(0, 3).map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join("\n")}`)
    .join("\n");
}

describe("accessibility in headless Chromium", { skip: CHROMIUM_SKIP }, () => {
  let browser: Browser;
  let site: ServedSite;
  let axeSource: string;
  let kinds: KindPage[];
  before(async () => {
    [browser, site, axeSource] = await Promise.all([launchChromium(), serveSample(), readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")]);
    kinds = onePagePerKind(site.pages, site.dir).filter((k) => k.kind !== "redirect");
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test("axe-core finds no violations on any page template, in light and dark mode", async () => {
    for (const kind of ["home", "talk", "event", "search", "404", "page-about"]) assert.ok(kinds.some((k) => k.kind === kind), `a ${kind} page is checked`);
    const problems: string[] = [];
    const runs = (["light", "dark"] as const).flatMap((scheme) => kinds.map((kind) => ({ scheme, kind })));
    // One tab per colour scheme, side by side (axe is CPU-bound: more tabs do not help on two cores).
    const tabs = await Promise.all((["light", "dark"] as const).map((colorScheme) => openPage(browser, site, { colorScheme })));
    const light = runs.filter((r) => r.scheme === "light");
    const dark = runs.filter((r) => r.scheme === "dark");
    await Promise.all(
      [light, dark].map((list, s) =>
        mapConcurrent(list, 1, async ({ scheme, kind }) => {
          const p = tabs[s] as RecordedPage;
          await p.page.goto(site.url + kind.path, { waitUntil: "load" });
          const violations = await axeViolations(p.page, axeSource, scheme === "light" ? "all" : "colours");
          if (violations.length > 0) problems.push(explain(kind, scheme, violations));
        }),
      ),
    );
    for (const p of tabs) {
      assert.deepEqual(p.errors, [], "no console errors");
      await p.context.close();
    }
    assert.equal(problems.length, 0, `axe-core violations:\n${problems.sort().join("\n")}`);
  });

  test("axe-core finds no violations on a talk page after switching sources and pressing play", async () => {
    const talk = kinds.find((k) => k.kind === "talk");
    assert.ok(talk);
    const p = await openPage(browser, site);
    await p.page.goto(site.url + talk.path);
    const links = p.page.locator(".sources a");
    if ((await links.count()) > 1) await links.nth(1).click();
    await p.page.keyboard.press("Enter");
    await p.page.locator(".player-stage iframe, .player-stage video").waitFor({ state: "attached" });
    const violations = (await axeViolations(p.page, axeSource)).filter((v) => v.id !== "frame-tested");
    assert.equal(violations.length, 0, explain(talk, "light", violations));
    await p.context.close();
  });

  test("the first Tab shows the skip link, which moves focus to the main content", async () => {
    const p = await openPage(browser, site, { viewport: { width: 390, height: 800 } });
    await p.page.goto(site.url);
    await p.page.keyboard.press("Tab");
    const skip = p.page.locator(".skip-link");
    assert.equal(await p.page.evaluate("document.activeElement?.className"), "skip-link");
    const box = await skip.boundingBox();
    assert.ok(box && box.y >= 0 && box.height > 0, "the focused skip link is on screen");
    await p.page.keyboard.press("Enter");
    assert.equal(await p.page.evaluate("document.activeElement?.id"), "main");
    await p.context.close();
  });

  test("every focusable element of a talk page shows a visible focus indicator", async () => {
    const talk = kinds.find((k) => k.kind === "talk");
    assert.ok(talk);
    const p = await openPage(browser, site);
    await p.page.goto(site.url + talk.path);
    const missing: string[] = [];
    for (let i = 0; i < 60; i++) {
      await p.page.keyboard.press("Tab");
      const state = (await p.page.evaluate(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const after = getComputedStyle(el, "::after");
        const visible = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none" || parseFloat(after.borderTopWidth) > 0;
        return { what: el.tagName + " " + (el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40), visible };
      })()`)) as { what: string; visible: boolean } | null;
      if (!state) break;
      if (!state.visible) missing.push(state.what);
    }
    assert.deepEqual(missing, [], "elements without a visible focus style");
    await p.context.close();
  });

  test("nothing scrolls sideways at 320 px on any page template", async () => {
    const p = await openPage(browser, site, { viewport: { width: 320, height: 700 } });
    const wide: string[] = [];
    for (const kind of kinds) {
      await p.page.goto(site.url + kind.path, { waitUntil: "load" });
      const overflow = Number(await p.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
      if (overflow > 0) wide.push(`${kind.kind} (${kind.path}) by ${overflow} px`);
    }
    assert.deepEqual(wide, []);
    await p.context.close();
  });
});
