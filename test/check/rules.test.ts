import { test } from "node:test";
import assert from "node:assert/strict";
import { checkRepository } from "../../src/check/check-repository.js";
import { readRepository } from "../../src/load/repository.js";
import { event, makeRepo, talk, type FixtureFiles } from "../helpers/fixture-repo.js";

async function check(files: FixtureFiles) {
  const repo = makeRepo(files);
  try {
    return checkRepository(await readRepository(repo.dir));
  } finally {
    repo.cleanup();
  }
}

const base: FixtureFiles = {
  "conf-2020/category.json": event("Conf 2020"),
  "conf-2020/videos/testing-talk-1.json": talk(1),
  "conf-2020/videos/testing-talk-2.json": talk(2),
};

test("a valid repository has no diagnostics at all", async () => {
  const result = await check(base);
  assert.deepEqual(result.diagnostics, []);
  assert.deepEqual(result.summary, { files: 3, events: 1, talks: 2, errors: 0, warnings: 0 });
});

// Each case: files added to the valid base, the rule expected, the file it must name, and a line when it matters.
const cases: { rule: string; files: FixtureFiles; file: string; line?: number; severity?: "error" | "warning" }[] = [
  { rule: "empty-file", files: { "conf-2020/videos/empty.json": "" }, file: "conf-2020/videos/empty.json" },
  { rule: "bom", files: { "conf-2020/videos/bom.json": `\ufeff${JSON.stringify(talk(3), null, 2)}\n` }, file: "conf-2020/videos/bom.json", line: 1 },
  { rule: "binary-file", files: { "conf-2020/videos/bin.json": new Uint8Array([0, 1, 2, 0xff, 0, 0, 3, 4, 0x89, 0x50, 0x4e, 0x47]) }, file: "conf-2020/videos/bin.json" },
  { rule: "invalid-utf8", files: { "conf-2020/videos/latin1.json": Buffer.concat([Buffer.from('{\n  "title": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]) }, file: "conf-2020/videos/latin1.json", line: 2 },
  { rule: "json-syntax", files: { "conf-2020/videos/comma.json": '{\n  "title": "x",\n}\n' }, file: "conf-2020/videos/comma.json", line: 2 },
  { rule: "duplicate-key", files: { "conf-2020/videos/dup.json": JSON.stringify(talk(3), null, 2).replace('"title"', '"title": "First",\n  "title"') }, file: "conf-2020/videos/dup.json" },
  { rule: "schema", files: { "conf-2020/videos/t3.json": talk(3, { title: undefined }) }, file: "conf-2020/videos/t3.json" },
  { rule: "schema", files: { "conf-2020/videos/t3.json": talk(3, { duration: "25:00" }) }, file: "conf-2020/videos/t3.json", line: 3 },
  { rule: "schema", files: { "conf-2020/category.json": event("Conf 2020", { colour: "red" }) }, file: "conf-2020/category.json", line: 2 },
  { rule: "unique-id", files: { "conf-2020/videos/t3.json": talk(3, { id: 1 }) }, file: "conf-2020/videos/t3.json" },
  { rule: "unique-slug", files: { "conf-2020/videos/t3.json": talk(3, { slug: "testing-talk-1" }) }, file: "conf-2020/videos/t3.json" },
  { rule: "unique-slug", files: { "other/category.json": event("Conf 2020"), "other/videos/t9.json": talk(9) }, file: "other/category.json" },
  { rule: "unique-slug", files: { "conf-2020/videos/t3.json": talk(3, { slug: "../../escape" }) }, file: "conf-2020/videos/t3.json" },
  { rule: "language", files: { "conf-2020/videos/t3.json": talk(3, { language: "en" }) }, file: "conf-2020/videos/t3.json", line: 5 },
  { rule: "filename-length", files: { [`conf-2020/videos/${"a".repeat(140)}.json`]: talk(3) }, file: `conf-2020/videos/${"a".repeat(140)}.json` },
  { rule: "speaker-replacement", files: { "conf-2020/videos/t3.json": talk(3, { speakers: ["Glyph Lefkowitz"] }) }, file: "conf-2020/videos/t3.json" },
  { rule: "layout", files: { "conf-2020/notes.txt": "todo" }, file: "conf-2020/notes.txt", severity: "warning" },
  { rule: "layout", files: { "lost/videos/t3.json": talk(3) }, file: "lost/category.json", severity: "error" },
  { rule: "date", files: { "conf-2020/videos/t3.json": talk(3, { recorded: "2016-13-45" }) }, file: "conf-2020/videos/t3.json" },
  { rule: "date", files: { "conf-2020/videos/t3.json": talk(3, { recorded: "2019-02-29" }) }, file: "conf-2020/videos/t3.json" },
  { rule: "recorded-date", files: { "conf-2020/videos/t3.json": talk(3, { recorded: "2014-05-02" }) }, file: "conf-2020/videos/t3.json", severity: "warning" },
  { rule: "url", files: { "conf-2020/videos/t3.json": talk(3, { related_urls: ["www.example.org/slides"] }) }, file: "conf-2020/videos/t3.json" },
  { rule: "url", files: { "conf-2020/videos/t3.json": talk(3, { related_urls: [{ label: "x", url: "javascript:alert(1)" }] }) }, file: "conf-2020/videos/t3.json" },
  { rule: "video-type", files: { "conf-2020/videos/t3.json": talk(3, { videos: [{ type: "realplayer", url: "https://example.org/a.rm" }] }) }, file: "conf-2020/videos/t3.json", severity: "warning" },
  { rule: "video-type", files: { "conf-2020/videos/t3.json": talk(3, { videos: [{ type: "youtube", url: "https://vimeo.com/123" }] }) }, file: "conf-2020/videos/t3.json", severity: "warning" },
  { rule: "duplicate-video", files: { "conf-2020/videos/t3.json": talk(3, { videos: [{ type: "youtube", url: "https://youtu.be/vid00000001" }] }) }, file: "conf-2020/videos/t3.json", severity: "warning" },
  { rule: "speaker-variants", files: { "conf-2020/videos/t3.json": talk(3, { speakers: ["ada  EXAMPLE"] }) }, file: "conf-2020/videos/t3.json", severity: "warning" },
  { rule: "tag-variants", files: { "conf-2020/videos/t3.json": talk(3, { tags: ["Testing"] }) }, file: "conf-2020/videos/t3.json", severity: "warning" },
  { rule: "no-publish", files: { "NO_PUBLISH.json": "[99999]\n" }, file: "NO_PUBLISH.json", severity: "warning" },
  { rule: "unknown-field", files: { "conf-2020/videos/t3.json": talk(3, { related_url: [] }) }, file: "conf-2020/videos/t3.json", severity: "warning" },
  { rule: "format", files: { "conf-2020/videos/t3.json": `${JSON.stringify(talk(3), null, 4)}\n` }, file: "conf-2020/videos/t3.json", severity: "warning" },
  { rule: "redirects", files: { "redirects.txt": "/old/one\n" }, file: "redirects.txt" },
  { rule: "speakers-file", files: { "speakers.json": '{"people": []}\n' }, file: "speakers.json" },
  { rule: "config", files: { "talkdex.json": '{"rules": {"no-such-rule": "off"}}\n' }, file: "talkdex.json" },
];

for (const c of cases) {
  test(`rule ${c.rule} reports ${c.file}${c.line ? ` at line ${c.line}` : ""} and nothing else`, async () => {
    const result = await check({ ...base, ...c.files });
    const found = result.diagnostics.filter((d) => d.rule === c.rule);
    assert.ok(found.length > 0, `expected ${c.rule}, got ${JSON.stringify(result.diagnostics, null, 1)}`);
    assert.ok(found.some((d) => d.file === c.file), `expected ${c.file} in ${JSON.stringify(found)}`);
    if (c.line) assert.equal(found.find((d) => d.file === c.file)?.line, c.line);
    assert.equal(found[0]?.severity, c.severity ?? "error");
    for (const d of result.diagnostics) {
      assert.ok(d.message.length > 10 && d.hint !== undefined, `message and hint for ${JSON.stringify(d)}`);
      assert.ok(d.rule === c.rule || c.rule === "layout", `only ${c.rule} expected, got ${JSON.stringify(d)}`);
    }
  });
}

test("talkdex.json can turn a rule off or change its severity", async () => {
  const files = { ...base, "conf-2020/videos/t3.json": talk(3, { tags: ["Testing"] }), "conf-2020/videos/t4.json": talk(4, { language: "en" }) };
  const off = await check({ ...files, "talkdex.json": '{"rules": {"tag-variants": "off", "language": "warning"}}\n' });
  assert.deepEqual(off.diagnostics.map((d) => [d.rule, d.severity]), [["language", "warning"]]);
});

test("talkdex.json's language list restricts the allowed languages", async () => {
  const result = await check({ ...base, "talkdex.json": '{"languages": ["spa"]}\n' });
  assert.equal(result.diagnostics.filter((d) => d.rule === "language").length, 2);
  assert.match(result.diagnostics[0]?.hint ?? "", /add "eng" to "languages"/);
});
