import { test } from "node:test";
import assert from "node:assert/strict";
import type { EventFolder } from "./event-folder.js";
import type { ImportedTalk } from "./imported-talk.js";
import { planTalks } from "./plan-talks.js";

function incoming(title: string, url: string, overrides: Partial<ImportedTalk> = {}): ImportedTalk {
  return { title, speakers: [], description: "", tags: [], videos: [{ type: url.includes("vimeo") ? "vimeo" : "youtube", url }], relatedUrls: [], recorded: "2025-01-01", ...overrides };
}

function folder(talks: Record<string, Record<string, unknown>>): EventFolder {
  return {
    dataDir: "/nowhere",
    folder: "ev",
    category: undefined,
    talks: Object.entries(talks).map(([base, data]) => ({ base, path: `ev/videos/${base}.json`, text: JSON.stringify(data), data })),
  };
}

test("a talk found by its slug gains the other platform's video with --update", () => {
  const existing = folder({ "my-talk": { title: "My Talk", speakers: ["A B"], recorded: "2025-01-01", description: "x", videos: [{ type: "youtube", url: "https://www.youtube.com/watch?v=AAAAAAAAAA1" }] } });
  const plan = planTalks(existing, [incoming("My Talk", "https://vimeo.com/123")], { update: true });
  assert.equal(plan.files[0]?.outcome, "updated");
  assert.match(plan.files[0]?.detail ?? "", /videos/);
  assert.match(plan.files[0]?.text ?? "", /vimeo\.com\/123/);
});

test("a second recording with the same title on the same platform is a new talk with its own slug", () => {
  const existing = folder({ "lightning-talks": { title: "Lightning Talks", speakers: [], recorded: "2025-01-01", description: "", videos: [{ type: "youtube", url: "https://www.youtube.com/watch?v=AAAAAAAAAA1" }] } });
  const plan = planTalks(existing, [incoming("Lightning Talks", "https://www.youtube.com/watch?v=AAAAAAAAAA2")], { update: false });
  assert.equal(plan.files[0]?.outcome, "created");
  assert.equal(plan.files[0]?.path, "ev/videos/lightning-talks-2.json");
  assert.match(plan.files[0]?.text ?? "", /"slug": "lightning-talks-2"/);
});

test("a video listed twice by the source is imported once", () => {
  const url = "https://www.youtube.com/watch?v=AAAAAAAAAA1";
  const plan = planTalks(folder({}), [incoming("One", url), incoming("One again", `${url}&t=5`)], { update: false });
  assert.deepEqual(plan.files.map((f) => f.outcome), ["created", "skipped"]);
});

test("an unreadable talk file keeps its name and is never overwritten", () => {
  const broken: EventFolder = { dataDir: "/nowhere", folder: "ev", category: undefined, talks: [{ base: "one", path: "ev/videos/one.json", text: "{", data: undefined }] };
  const plan = planTalks(broken, [incoming("One", "https://www.youtube.com/watch?v=AAAAAAAAAA1")], { update: true });
  assert.equal(plan.files[0]?.path, "ev/videos/one-2.json");
});
