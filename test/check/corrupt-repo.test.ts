import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFolder } from "../../src/check/check-folder.js";
import { event, makeRepo, talk, type FixtureFiles } from "../helpers/fixture-repo.js";

// One repository, one fault per file, every kind of fault at once: each faulty file must be
// reported (with the expected rule) and no valid file may be.
const V = "conf-2020/videos";
const faulty: Record<string, { rule: string; content: FixtureFiles[string] }> = {
  [`${V}/empty.json`]: { rule: "empty-file", content: "" },
  [`${V}/bom.json`]: { rule: "bom", content: `\ufeff${JSON.stringify(talk(10), null, 2)}\n` },
  [`${V}/binary.json`]: { rule: "binary-file", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1]) },
  [`${V}/latin1.json`]: { rule: "invalid-utf8", content: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]) },
  [`${V}/utf16.json`]: { rule: "wrong-encoding", content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"title": "x"}', "utf16le")]) },
  [`${V}/trailing-comma.json`]: { rule: "json-syntax", content: '{"title": "x",}' },
  [`${V}/unclosed.json`]: { rule: "json-syntax", content: '{"title": "x"' },
  [`${V}/duplicate-key.json`]: { rule: "duplicate-key", content: '{"title": "a", "title": "b"}' },
  [`${V}/no-title.json`]: { rule: "schema", content: talk(11, { title: undefined }) },
  [`${V}/bad-language.json`]: { rule: "language", content: talk(12, { language: "english" }) },
  [`${V}/bad-date.json`]: { rule: "date", content: talk(13, { recorded: "2016-13-45" }) },
  [`${V}/far-date.json`]: { rule: "recorded-date", content: talk(14, { recorded: "2011-01-01" }) },
  [`${V}/same-id.json`]: { rule: "unique-id", content: talk(15, { id: 1 }) },
  [`${V}/same-slug.json`]: { rule: "unique-slug", content: talk(16, { slug: "testing-talk-2" }) },
  [`${V}/same-video.json`]: { rule: "duplicate-video", content: talk(17, { videos: [{ type: "youtube", url: "https://youtu.be/vid00000003" }] }) },
  [`${V}/unknown-type.json`]: { rule: "video-type", content: talk(18, { videos: [{ type: "realmedia", url: "https://example.org/x.rm" }] }) },
  [`${V}/no-scheme.json`]: { rule: "url", content: talk(19, { related_urls: ["example.org/slides"] }) },
  [`${V}/javascript.json`]: { rule: "url", content: talk(20, { related_urls: [{ label: "x", url: "javascript:alert(1)" }] }) },
  [`${V}/glyph.json`]: { rule: "speaker-replacement", content: talk(21, { speakers: ["Glyph Lefkowitz"] }) },
  [`${V}/unknown-field.json`]: { rule: "unknown-field", content: talk(22, { speaker: "Ada" }) },
  [`${V}/four-spaces.json`]: { rule: "format", content: `${JSON.stringify(talk(23), null, 4)}\n` },
  [`${V}/${"x".repeat(140)}.json`]: { rule: "filename-length", content: talk(24) },
  [`${V}/tag-variant.json`]: { rule: "tag-variants", content: talk(25, { tags: ["TESTING"] }) },
  [`${V}/speaker-variant.json`]: { rule: "speaker-variants", content: talk(26, { speakers: ["ADA EXAMPLE"] }) },
  [`${V}/notes.txt`]: { rule: "layout", content: "not a talk" },
  ["NO_PUBLISH.json"]: { rule: "no-publish", content: "[424242]\n" },
  ["redirects.txt"]: { rule: "redirects", content: "/only-one-path\n" },
};

test("a corrupted repository: every faulty file is reported with its rule, and no valid file is", async () => {
  const files: FixtureFiles = { "conf-2020/category.json": event("Conf 2020") };
  const valid = [1, 2, 3, 4, 5].map((n) => `${V}/valid-${n}.json`);
  valid.forEach((path, i) => (files[path] = talk(i + 1)));
  for (const [path, { content }] of Object.entries(faulty)) files[path] = content;
  const repo = makeRepo(files);
  try {
    const { result } = await checkFolder(repo.dir);
    const reported = new Map<string, Set<string>>();
    for (const d of result.diagnostics) reported.set(d.file, (reported.get(d.file) ?? new Set()).add(d.rule));
    for (const [path, { rule }] of Object.entries(faulty))
      assert.ok(reported.get(path)?.has(rule), `${path} reported by ${rule}; got ${[...(reported.get(path) ?? [])].join(", ")}`);
    // The only valid files named are the other halves of a clash (same id, slug or video).
    const partners = new Set([`${V}/valid-1.json`, `${V}/valid-2.json`, `${V}/valid-3.json`]);
    for (const path of valid) if (!partners.has(path)) assert.equal(reported.get(path), undefined, `${path} is valid`);
    assert.equal(reported.get("conf-2020/category.json"), undefined);
    assert.deepEqual([...(reported.get(`${V}/valid-1.json`) ?? [])], ["unique-id"]);
    assert.deepEqual([...(reported.get(`${V}/valid-2.json`) ?? [])], ["unique-slug"]);
    assert.deepEqual([...(reported.get(`${V}/valid-3.json`) ?? [])], ["duplicate-video"]);
    for (const d of result.diagnostics) assert.doesNotMatch(d.message, /\n\s+at /, "no stack traces");
  } finally {
    repo.cleanup();
  }
});
