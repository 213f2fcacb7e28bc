import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import type { Talk } from "../../src/model/catalog.js";
import { CHROMIUM_SKIP, launchChromium, mapConcurrent, openPage, serveSample, type RecordedPage, type ServedSite } from "./harness.js";

// Hosts that serve video players; none may be contacted before the visitor presses play.
const VIDEO_HOSTS = /(^|\.)(youtube(-nocookie)?\.com|youtu\.be|vimeo\.com|archive\.org|googlevideo\.com)$|^(videos|tube|media)\.example\.(org|com)$/;

function talkWith(site: ServedSite, predicate: (t: Talk) => boolean, what: string): Talk {
  const talk = site.catalog.talks.find(predicate);
  assert.ok(talk, `the sample has a talk with ${what}`);
  return talk;
}

const pageUrl = (site: ServedSite, talk: Talk, hash = "") => `${site.url}${talk.path}.html${hash}`;

async function iframeSrc(p: RecordedPage): Promise<string> {
  const frame = p.page.locator(".player-stage iframe");
  await frame.waitFor({ state: "attached", timeout: 5000 });
  return (await frame.getAttribute("src")) ?? "";
}

describe("the talk player in headless Chromium", { skip: CHROMIUM_SKIP }, () => {
  let browser: Browser;
  let site: ServedSite;
  let placeholderSite: ServedSite;
  before(async () => {
    [browser, site, placeholderSite] = await Promise.all([launchChromium(), serveSample(), serveSample({ thumbnails: "placeholder" })]);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await placeholderSite?.close();
  });

  test("no talk page contacts a video host before play; only its thumbnail's host is asked for the picture", async () => {
    const tabs = await Promise.all([1, 2, 3].map(() => openPage(browser, site)));
    await mapConcurrent(site.catalog.talks, tabs.length, async (talk, i) => {
      const p = tabs[i] as RecordedPage;
      p.requests.length = 0;
      await p.page.goto(pageUrl(site, talk), { waitUntil: "load" });
      const thumbHost = talk.thumbnailUrl ? new URL(talk.thumbnailUrl).hostname : undefined;
      for (const url of p.external()) assert.equal(new URL(url).hostname, thumbHost, `${talk.path} requested ${url} before play`);
      assert.equal(await p.page.locator("iframe, video").count(), 0, `${talk.path} has no embed before play`);
    });
    for (const p of tabs) {
      assert.deepEqual(p.errors, []);
      await p.context.close();
    }
  });

  test("with placeholder thumbnails a talk page makes no request to any other host at all", async () => {
    const tabs = await Promise.all([1, 2, 3].map(() => openPage(browser, placeholderSite)));
    await mapConcurrent(placeholderSite.catalog.talks, tabs.length, async (talk, i) => {
      const p = tabs[i] as RecordedPage;
      await p.page.goto(pageUrl(placeholderSite, talk), { waitUntil: "load" });
      assert.equal(await p.page.locator(".player-facade img").count(), 0, talk.path);
    });
    for (const p of tabs) {
      assert.deepEqual(p.external(), []);
      assert.deepEqual(p.errors, []);
      await p.context.close();
    }
  });

  test("clicking the facade inserts the youtube-nocookie iframe at the source's start offset and focuses it", async () => {
    const talk = talkWith(site, (t) => /youtube\.com\/watch\?v=[\w-]+&t=95$/.test(t.videos[0]?.url ?? ""), "a YouTube t=95 source");
    const p = await openPage(browser, site);
    await p.page.goto(pageUrl(site, talk));
    assert.equal(p.external().filter((u) => VIDEO_HOSTS.test(new URL(u).hostname)).length, 0);
    await p.page.click("a.player-facade");
    const src = await iframeSrc(p);
    assert.match(src, /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1&start=95$/);
    assert.equal(await p.page.evaluate("document.activeElement?.tagName"), "IFRAME");
    assert.ok(await p.page.locator(".player-stage iframe[title]").count(), "the iframe has a title");
    assert.ok(p.external().some((u) => u.startsWith("https://www.youtube-nocookie.com/embed/")), "the embed loads after play");
    assert.deepEqual(p.errors, []);
    await p.context.close();
  });

  test("the facade is reached with Tab, shows its focus, and plays on Enter", async () => {
    const talk = talkWith(site, (t) => /youtube\.com\/watch\?v=[\w-]+$/.test(t.videos[0]?.url ?? "") && t.videos.length === 1, "one YouTube source without an offset");
    const p = await openPage(browser, site);
    await p.page.goto(pageUrl(site, talk));
    let onFacade = false;
    for (let i = 0; i < 40 && !onFacade; i++) {
      await p.page.keyboard.press("Tab");
      onFacade = (await p.page.evaluate("document.activeElement?.classList.contains('player-facade') ?? false")) === true;
    }
    assert.ok(onFacade, "Tab reaches the facade");
    // The picture covers the facade, so its focus ring is drawn by ::after, on top of everything.
    const ring = await p.page.evaluate("getComputedStyle(document.activeElement, '::after').borderTopWidth");
    assert.equal(ring, "4px", "the focused facade shows a ring over its picture");
    assert.equal(await p.page.getAttribute("a.player-facade", "role"), "button");
    await p.page.keyboard.press("Enter");
    assert.match(await iframeSrc(p), /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1$/);
    assert.deepEqual(p.errors, []);
    await p.context.close();
  });

  test("Space on the focused facade plays as well", async () => {
    const talk = talkWith(site, (t) => /youtube\.com\/watch\?v=[\w-]+$/.test(t.videos[0]?.url ?? "") && t.videos.length === 1, "one YouTube source without an offset");
    const p = await openPage(browser, site);
    await p.page.goto(pageUrl(site, talk));
    await p.page.focus("a.player-facade");
    await p.page.keyboard.press(" ");
    assert.match(await iframeSrc(p), /youtube-nocookie/);
    assert.equal(new URL(p.page.url()).pathname, `/${talk.path}.html`, "the page did not follow the link");
    await p.context.close();
  });

  test("#t=1m30s on the page starts the embed at 90 s and says so on the facade", async () => {
    const talk = talkWith(site, (t) => /youtube\.com\/watch\?v=[\w-]+&t=95$/.test(t.videos[0]?.url ?? ""), "a YouTube t=95 source");
    const p = await openPage(browser, site);
    await p.page.goto(pageUrl(site, talk, "#t=1m30s"));
    assert.match((await p.page.textContent("a.player-facade .play-start")) ?? "", /from 1:30/);
    await p.page.click("a.player-facade");
    assert.match(await iframeSrc(p), /[?&]start=90$/);
    assert.deepEqual(p.errors, []);
    await p.context.close();
  });

  test("following a #t= link while the embed plays restarts it there", async () => {
    const talk = talkWith(site, (t) => /youtube\.com\/watch\?v=[\w-]+&t=95$/.test(t.videos[0]?.url ?? ""), "a YouTube t=95 source");
    const p = await openPage(browser, site);
    await p.page.goto(pageUrl(site, talk));
    await p.page.click("a.player-facade");
    assert.match(await iframeSrc(p), /start=95$/);
    await p.page.evaluate("location.hash = 't=2m'");
    await p.page.waitForFunction("document.querySelector('.player-stage iframe')?.src.endsWith('start=120')", undefined, { timeout: 3000 });
    await p.context.close();
  });

  test("without JavaScript the facade and the sources are plain links to the videos", async () => {
    const talk = talkWith(site, (t) => t.videos.length > 1, "several sources");
    const p = await openPage(browser, site, { javaScriptEnabled: false });
    await p.page.goto(pageUrl(site, talk));
    assert.equal(await p.page.getAttribute("a.player-facade", "href"), talk.videos[0]?.url);
    assert.equal(await p.page.getAttribute("a.player-facade", "role"), null);
    const links = p.page.locator(".sources a");
    const hrefs = await Promise.all(talk.videos.map((_, i) => links.nth(i).getAttribute("href")));
    assert.deepEqual(hrefs, talk.videos.map((v) => v.url));
    await p.context.close();
  });

  test("#t= starts a file in <video> with a media fragment", async () => {
    const talk = talkWith(site, (t) => t.videos.length === 1 && /\.mp4$/.test(t.videos[0]?.url ?? ""), "one mp4 source");
    const p = await openPage(browser, site);
    await p.page.goto(pageUrl(site, talk, "#t=90"));
    await p.page.click("a.player-facade");
    const video = p.page.locator(".player-stage video");
    await video.waitFor({ state: "attached" });
    assert.match((await video.getAttribute("src")) ?? "", /\.mp4#t=90$/);
    assert.ok(await video.getAttribute("aria-label"));
    await p.context.close();
  });

  test("the switcher moves aria-current, shows a facade for the chosen source, focuses it and announces the change", async () => {
    const talk = talkWith(site, (t) => t.videos.length > 1 && t.videos.some((v) => v.type === "vimeo"), "YouTube and Vimeo sources");
    const p = await openPage(browser, site);
    await p.page.goto(pageUrl(site, talk));
    const links = p.page.locator(".sources a");
    assert.equal(await links.count(), talk.videos.length);
    assert.equal(await links.nth(0).getAttribute("aria-current"), "true");
    const vimeoIndex = talk.videos.findIndex((v) => v.type === "vimeo");
    await links.nth(vimeoIndex).click();
    assert.equal(await links.nth(0).getAttribute("aria-current"), null);
    assert.equal(await links.nth(vimeoIndex).getAttribute("aria-current"), "true");
    assert.equal(await p.page.getAttribute("a.player-facade", "href"), talk.videos[vimeoIndex]?.url);
    assert.equal(await p.page.evaluate("document.activeElement?.classList.contains('player-facade')"), true, "focus moves to the new facade");
    assert.match((await p.page.textContent("[data-player-status]")) ?? "", /Vimeo/);
    assert.equal(p.external().filter((u) => VIDEO_HOSTS.test(new URL(u).hostname)).length, 0, "switching loads nothing from a video host");
    await p.page.keyboard.press("Enter");
    assert.match(await iframeSrc(p), /^https:\/\/player\.vimeo\.com\/video\/\d+\?dnt=1&autoplay=1$/);
    // While playing, choosing another source plays it straight away.
    await links.nth(0).click();
    assert.match(await iframeSrc(p), /youtube-nocookie\.com\/embed\//);
    assert.match((await p.page.textContent("[data-player-status]")) ?? "", /Playing the YouTube recording/);
    assert.deepEqual(p.errors, []);
    await p.context.close();
  });

  test("a thumbnail that fails to load is removed so the drawn poster shows", async () => {
    const talk = talkWith(site, (t) => (t.thumbnailUrl ?? "").includes("i.ytimg.com"), "a YouTube thumbnail");
    const p = await openPage(browser, site, { brokenHosts: ["i.ytimg.com"] });
    await p.page.goto(pageUrl(site, talk), { waitUntil: "load" });
    await p.page.waitForFunction("!document.querySelector('.player-facade img')", undefined, { timeout: 3000 });
    assert.ok(await p.page.locator(".player-poster").isVisible());
    await p.context.close();
  });
});
