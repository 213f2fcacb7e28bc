// Screenshots of one page of every kind at phone and desktop widths, light and dark, to look at
// before changing the look: `node --import tsx test/browser/screenshots.ts [OUT_DIR] [kind…]`.

import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { CHROMIUM_SKIP, launchChromium, openPage, serveSample } from "./harness.js";
import { onePagePerKind } from "./page-kinds.js";

const WIDTHS = [320, 390, 1280];

async function main(): Promise<void> {
  if (CHROMIUM_SKIP) throw new Error(CHROMIUM_SKIP);
  const [outArg, ...kinds] = process.argv.slice(2);
  const out = outArg ?? "/tmp/talkdex-screenshots";
  await mkdir(out, { recursive: true });
  const [browser, site] = await Promise.all([launchChromium(), serveSample()]);
  try {
    const pages = onePagePerKind(site.pages, site.dir).filter((p) => p.kind !== "redirect" && (kinds.length === 0 || kinds.includes(p.kind)));
    // Offline, remote thumbnails fail: the screenshots show the drawn poster, as a visitor with a broken thumbnail sees it.
    const brokenHosts = [...new Set(site.catalog.talks.flatMap((t) => (t.thumbnailUrl ? [new URL(t.thumbnailUrl).hostname] : [])))];
    for (const scheme of ["light", "dark"] as const) {
      for (const width of WIDTHS) {
        const p = await openPage(browser, site, { viewport: { width, height: 800 }, colorScheme: scheme, brokenHosts });
        for (const { kind, path } of pages) {
          await p.page.goto(site.url + path, { waitUntil: "load" });
          const file = join(out, `${kind}-${width}-${scheme}.png`);
          await p.page.screenshot({ path: file, fullPage: true });
          const overflow = await p.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
          console.log(`${file}${Number(overflow) > 0 ? `  (scrolls sideways by ${String(overflow)} px)` : ""}`);
        }
        await p.context.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
