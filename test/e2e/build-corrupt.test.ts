import { test } from "node:test";
import assert from "node:assert/strict";
import { build } from "../../src/build/build.js";
import { MemorySink } from "../../src/output/memory-sink.js";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";

test("a repository with broken and hostile records still builds the rest, escaping everything", async () => {
  const repo = makeRepo({
    "e/category.json": event("E 2020", { description: "See `site <javascript:alert(1)>`_ and <script>alert(2)</script>.", url: "javascript:alert(3)" }),
    "e/videos/ok.json": talk(1, { title: `<img src=x onerror=alert(4)> "quoted" & co`, speakers: ["<b>Bold</b> Name"], tags: ["<i>t</i>"] }),
    "e/videos/evil-links.json": talk(2, {
      related_urls: [{ label: "<script>", url: "javascript:alert(5)" }, "data:text/html,<script>alert(6)</script>"],
      thumbnail_url: "javascript:alert(7)",
      videos: [{ type: "mp4", url: "javascript:alert(8)" }, { type: "youtube", url: "https://www.youtube.com/watch?v=abcdefghijk" }],
      slug: "../../../../tmp/owned",
    }),
    "e/videos/binary.json": new Uint8Array([0, 1, 2, 3, 255]),
    "e/videos/syntax.json": "{ nope",
    "e/videos/no-title.json": talk(3, { title: undefined }),
  });
  try {
    const sink = new MemorySink();
    const result = await build({ data: repo.dir, sink });
    assert.deepEqual(result.summary.skipped.map((s) => s.file).sort(), ["e/videos/binary.json", "e/videos/no-title.json", "e/videos/syntax.json"]);
    for (const [path, content] of sink.files) {
      assert.ok(!path.includes(".."), `path ${path} stays inside`);
      const text = typeof content === "string" ? content : Buffer.from(content).toString("utf8");
      if (path.endsWith(".json")) {
        // The API holds titles and ReST sources as data (its readers escape them); its link fields are http(s) only.
        if (path !== "_redirects") assertLinkFieldsSafe(JSON.parse(text), path);
        continue;
      }
      assert.doesNotMatch(text, /javascript:alert|<script>alert|<img src=x|<b>Bold|<i>t<\/i>|data:text\/html/, `${path} carries no live markup or script URL`);
    }
    assert.ok([...sink.files.keys()].some((p) => p.startsWith("e-2020/tmpowned")), "the hostile slug was slugified");
  } finally {
    repo.cleanup();
  }
});

function assertLinkFieldsSafe(value: unknown, path: string): void {
  if (Array.isArray(value)) for (const v of value) assertLinkFieldsSafe(v, path);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === "string" && /url$|^website$|^href$/i.test(k)) assert.match(v, /^https?:\/\//, `${path}: ${k} = ${v}`);
      else assertLinkFieldsSafe(v, path);
    }
}
