import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_SKIP, launchChromium, openPage, serveSample, type RecordedPage, type ServedSite } from "./harness.js";

async function ready(page: Page): Promise<void> {
  await page.waitForSelector("#search-app[data-state=ready]");
}

// Waits until the status line says `pattern` (it is announced after a short pause).
async function status(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(`${pattern.toString()}.test(document.getElementById("search-status")?.textContent ?? "")`, undefined, { timeout: 5000 });
  return (await page.locator("#search-status").textContent()) ?? "";
}

const titles = (page: Page): Promise<string[]> => page.locator("#search-results > li a.talk-title").allTextContents();

describe("search in headless Chromium", { skip: CHROMIUM_SKIP }, () => {
  let browser: Browser;
  let site: ServedSite;
  let axeSource: string;
  before(async () => {
    [browser, site, axeSource] = await Promise.all([launchChromium(), serveSample(), readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")]);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  let tab: RecordedPage;
  const open = async (query = ""): Promise<Page> => {
    tab = await openPage(browser, site);
    await tab.page.goto(`${site.url}search.html${query}`);
    await ready(tab.page);
    return tab.page;
  };
  const close = async (): Promise<void> => {
    assert.deepEqual(tab.errors, [], "no console errors");
    await tab.context.close();
  };

  test("typing shows matching talks as <li> items with the typed words highlighted, and puts the query in the URL", async () => {
    const page = await open();
    await page.locator("#search-q").pressSequentially("packag", { delay: 30 });
    await status(page, /found for “packag”/);
    const first = page.locator("#search-results > li").first();
    assert.equal(await first.locator("a.talk-title").textContent(), "Packaging Python Projects in 2022");
    assert.equal(await first.locator("mark").first().textContent(), "Packaging");
    assert.match((await first.locator("a.talk-title").getAttribute("href")) ?? "", /^\/pyriver-2022\/packaging-python-projects-in-2022\.html$/);
    assert.match(await first.locator(".talk-meta").textContent() ?? "", /PyRiver 2022.*2022/);
    assert.equal(new URL(page.url()).searchParams.get("q"), "packag");
    // The link leads to the talk's page.
    await first.locator("a.talk-title").click();
    await page.waitForURL(/packaging-python-projects-in-2022\.html$/);
    assert.equal(await page.locator("h1").textContent(), "Packaging Python Projects in 2022");
    await close();
  });

  test("a typo and an accent-less spelling still find the talk", async () => {
    const page = await open();
    await page.fill("#search-q", "pakcaging ");
    await status(page, /found for “pakcaging”/);
    assert.equal((await titles(page))[0], "Packaging Python Projects in 2022");
    await page.fill("#search-q", "zoe hartmann");
    await status(page, /found for “zoe hartmann”/);
    assert.equal(await page.locator("#search-results > li").first().locator(".speakers mark").first().textContent(), "Zoë");
    await close();
  });

  test("a facet filters the results, its state goes in the URL, and Back returns to the unfiltered search", async () => {
    const page = await open("?q=python");
    const before = await status(page, /found for “python”/);
    const all = Number(/^(\d+)/.exec(before)?.[1]);
    const facet = page.locator('[data-facet="year"] a.facet-link').last();
    const year = (await facet.getAttribute("data-value")) ?? "";
    const count = Number(await facet.locator(".facet-count").textContent());
    assert.ok(count > 0 && count < all, `the ${year} facet narrows ${all} results to ${count}`);
    await facet.click();
    await status(page, new RegExp(`^${count} talks? found for “python” with 1 filter`));
    assert.equal(new URL(page.url()).searchParams.get("year"), year);
    assert.equal(await page.locator(`[data-facet="year"] a[aria-current="true"]`).count(), 1);
    for (const text of await page.locator("#search-results time").allTextContents()) assert.match(text, new RegExp(year));
    await page.goBack();
    await status(page, new RegExp(`^${all} talks found for “python”\\.`));
    assert.equal(new URL(page.url()).searchParams.get("year"), null);
    assert.equal(await page.inputValue("#search-q"), "python");
    await close();
  });

  test("a shared URL with filters and no query browses the matching talks, newest first", async () => {
    const page = await open("?language=spa");
    await status(page, /talks? with 1 filter, newest first/);
    const dates = await page.locator("#search-results time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    assert.ok(dates.length > 0);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.ok((await page.locator("#search-results .language").allTextContents()).every((l) => l === "Spanish"));
    await close();
  });

  test("sorting by newest and the tag and speaker facets update the URL", async () => {
    const page = await open("?q=python");
    await status(page, /found/);
    await page.selectOption("#search-sort", "newest");
    await page.waitForURL(/sort=newest/);
    await page.locator("#facet-lists summary").click();
    const speaker = page.locator('[data-facet="speaker"] a.facet-link').first();
    await speaker.waitFor();
    const slug = (await speaker.getAttribute("data-value")) ?? "";
    await speaker.click();
    await page.waitForURL(new RegExp(`speaker=${slug}`));
    await status(page, /with 1 filter/);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has("speaker"));
    await close();
  });

  test("the keyboard reaches everything: / focuses the search box, arrows move through results, Escape returns", async () => {
    const page = await open("?q=python");
    await status(page, /found/);
    await page.locator("h1").click();
    await page.keyboard.press("/");
    assert.equal(await page.evaluate("document.activeElement?.id"), "search-q");
    await page.keyboard.press("ArrowDown");
    const list = await titles(page);
    assert.equal(await page.evaluate("document.activeElement?.textContent"), list[0]);
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.evaluate("document.activeElement?.textContent"), list[1]);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    assert.equal(await page.evaluate("document.activeElement?.id"), "search-q");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Escape");
    assert.equal(await page.evaluate("document.activeElement?.id"), "search-q");
    // On any other page, / focuses the header's search box, and Enter goes to the search page.
    await page.goto(site.url);
    await page.keyboard.press("/");
    assert.equal(await page.evaluate("document.activeElement?.id"), "site-search-q");
    await page.keyboard.type("river");
    await page.keyboard.press("Enter");
    await ready(page);
    await status(page, /found for “river”/);
    await close();
  });

  test("a facet chosen with the keyboard keeps the focus on it", async () => {
    const page = await open("?q=python");
    await status(page, /found/);
    const link = page.locator('[data-facet="language"] a.facet-link').first();
    const value = (await link.getAttribute("data-value")) ?? "";
    await link.focus();
    await page.keyboard.press("Enter");
    await status(page, /with 1 filter/);
    assert.equal(await page.evaluate("document.activeElement?.dataset.value"), value);
    assert.equal(await page.evaluate("document.activeElement?.getAttribute('aria-current')"), "true");
    await close();
  });

  test("the results are announced in a polite live region", async () => {
    const page = await open();
    const region = page.locator("#search-status");
    assert.equal(await region.getAttribute("aria-live"), "polite");
    assert.equal(await region.getAttribute("role"), "status");
    await page.fill("#search-q", "zzzzqqq");
    assert.match(await status(page, /No talks/), /No talks found for “zzzzqqq”/);
    await close();
  });

  test("axe-core finds no violations on the search page with results and every facet open, in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      tab = await openPage(browser, site, { colorScheme });
      await tab.page.goto(`${site.url}search.html?q=python`);
      await ready(tab.page);
      await status(tab.page, /found/);
      await tab.page.locator("#facet-lists summary").click();
      await tab.page.locator('[data-facet="tag"] a.facet-link').first().waitFor();
      await tab.page.addScriptTag({ content: axeSource });
      const result = (await tab.page.evaluate(
        `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }, resultTypes: ["violations"] })`,
      )) as { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
      assert.deepEqual(
        result.violations.map((v) => `${colorScheme}: ${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target))}`),
        [],
      );
      await close();
    }
  });

  test("on a 320 px phone the search page does not scroll sideways", async () => {
    tab = await openPage(browser, site, { viewport: { width: 320, height: 700 } });
    await tab.page.goto(`${site.url}search.html?q=python`);
    await ready(tab.page);
    await status(tab.page, /found/);
    await tab.page.locator("#facet-lists summary").click();
    await tab.page.locator('[data-facet="tag"] a.facet-link').first().waitFor();
    assert.equal(Number(await tab.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")), 0);
    await close();
  });
});
