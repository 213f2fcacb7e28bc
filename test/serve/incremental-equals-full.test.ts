import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../../src/build/build.js";
import { SiteBuilder } from "../../src/build/site-builder.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { MemorySink } from "../../src/output/memory-sink.js";
import { prng } from "../helpers/prng.js";

// The seed can be changed to explore other sequences: TALKDEX_SEED=123 node --test ….
const SEED = Number(process.env.TALKDEX_SEED ?? 20261124);
// 16 steps keep the file under a minute on a busy 2-core machine; TALKDEX_STEPS=200 explores further.
const STEPS = Number(process.env.TALKDEX_STEPS ?? 16);
const BASE_URL = "http://127.0.0.1:8000/";

const WORDS = ["async", "django", "pandas", "testing", "rust", "packaging", "typing", "web", "data", "teaching", "Ñandú", "東京", "café", "<b>bold</b>", "snake"];
const SPEAKERS = ["Ada Example", "Maggie Oyelaran", "Chen Wei", "Letícia Moraes", "New Person"];

type Json = Record<string, unknown>;

test(`any sequence of edits (add, change, delete, rename, takedown) updated incrementally equals a full build (seed ${SEED})`, async (t) => {
  const root = mkdtempSync(join(tmpdir(), "talkdex-incremental-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const data = join(root, "data");
  cpSync(SAMPLE_DATA_DIR, data, { recursive: true });
  const random = prng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const phrase = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const read = (rel: string): Json => JSON.parse(readFileSync(join(data, rel), "utf8")) as Json;
  const write = (rel: string, value: unknown): void => writeFileSync(join(data, rel), `${JSON.stringify(value, null, 2)}\n`);
  const events = (): string[] => readdirSync(data, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(data, e.name, "category.json"))).map((e) => e.name).sort();
  const talks = (): string[] =>
    events().flatMap((e) => (existsSync(join(data, e, "videos")) ? readdirSync(join(data, e, "videos")).filter((n) => n.endsWith(".json")).sort().map((n) => `${e}/videos/${n}`) : []));
  let nextId = 50_000;

  // Each operation edits the copy and returns the data files it touched.
  const operations: Record<string, () => string[]> = {
    change: () => {
      const file = pick(talks());
      const record = read(file);
      const field = pick(["description", "title", "speakers", "tags", "recorded", "language"]);
      if (field === "description") record.description = `${phrase(6)}\n\n* ${phrase(2)}\n`;
      if (field === "title") record.title = `${phrase(3)} ${nextId++}`;
      if (field === "speakers") record.speakers = [...new Set([pick(SPEAKERS), ...(random() < 0.3 ? [pick(SPEAKERS)] : [])])];
      // No repeated tag or speaker: a list with the same item twice is a schema error, and an update
      // that breaks a file is (rightly) not applied.
      if (field === "tags") record.tags = [...new Set([pick(WORDS), pick(WORDS)])];
      if (field === "recorded") record.recorded = `20${10 + Math.floor(random() * 15)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`;
      if (field === "language") record.language = pick(["eng", "spa", "por", "jpn"]);
      write(file, record);
      return [file];
    },
    add: () => {
      const event = pick(events());
      const id = nextId++;
      const file = `${event}/videos/added-${id}.json`;
      write(file, {
        description: phrase(5),
        id,
        language: "eng",
        recorded: "2023-06-16",
        speakers: [pick(SPEAKERS)],
        tags: [pick(WORDS)],
        title: `Added talk ${id} ${phrase(2)}`,
        videos: [{ type: "youtube", url: `https://www.youtube.com/watch?v=added${id}` }],
      });
      return [file];
    },
    delete: () => {
      const file = pick(talks());
      rmSync(join(data, file));
      return [file];
    },
    rename: () => {
      const file = pick(talks());
      const renamed = file.replace(/[^/]+\.json$/, `renamed-${nextId++}.json`);
      renameSync(join(data, file), join(data, renamed));
      return [file, renamed];
    },
    takedown: () => {
      const ids = JSON.parse(readFileSync(join(data, "NO_PUBLISH.json"), "utf8")) as number[];
      const talkIds = talks().map((f) => read(f).id).filter((id): id is number => typeof id === "number");
      // Half the time a talk is taken down, otherwise one is published again.
      const next = random() < 0.5 || ids.length === 0 ? [...ids, pick(talkIds)] : ids.filter((id) => id !== pick(ids));
      write("NO_PUBLISH.json", [...new Set(next)].sort((a, b) => a - b));
      return ["NO_PUBLISH.json"];
    },
    "rename event": () => {
      const event = pick(events());
      const renamed = `${event}-moved`;
      const before = talks().filter((f) => f.startsWith(`${event}/`));
      renameSync(join(data, event), join(data, renamed));
      return [`${event}/category.json`, `${renamed}/category.json`, ...before, ...before.map((f) => renamed + f.slice(event.length))];
    },
    "retitle event": () => {
      const file = `${pick(events())}/category.json`;
      const record = read(file);
      record.title = `${phrase(2)} ${nextId++}`;
      write(file, record);
      return [file];
    },
  };
  const weights: [string, number][] = [["change", 6], ["add", 3], ["delete", 2], ["rename", 2], ["takedown", 2], ["rename event", 1], ["retitle event", 1]];
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const chooseOperation = (): string => {
    let r = random() * total;
    for (const [name, w] of weights) if ((r -= w) < 0) return name;
    return "change";
  };

  const builder = new SiteBuilder({ data, baseUrl: BASE_URL });
  assert.equal((await builder.build()).applied, true);
  const history: string[] = [];
  for (let step = 1; step <= STEPS; step++) {
    const name = chooseOperation();
    const touched = (operations[name] as () => string[])();
    history.push(`${step}. ${name}: ${touched.join(", ")}`);
    const context = `seed ${SEED}, after\n${history.join("\n")}`;
    const before = new Map(builder.files);
    const update = await builder.update(touched);
    const fatal = update.diagnostics.filter((d) => d.severity === "error" && touched.includes(d.file));
    assert.equal(update.applied, true, `${context}\n${fatal.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`).join("\n")}`);
    const full = new MemorySink();
    await build({ data, sink: full, baseUrl: BASE_URL });
    assertSameSite(builder.files, full.files, context);
    // Every page whose bytes differ must be announced, or an open browser would not reload it.
    const announced = new Set([...update.changed, ...update.removed]);
    for (const [path, content] of full.files) if (!same(before.get(path), content)) assert.ok(announced.has(path), `${path} changed but was not in update.changed (${context})`);
    for (const path of before.keys()) if (!full.files.has(path)) assert.ok(update.removed.includes(path), `${path} vanished but was not in update.removed (${context})`);
  }
});

function same(a: string | Uint8Array | undefined, b: string | Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Buffer.from(a).equals(Buffer.from(b));
}

function assertSameSite(actual: ReadonlyMap<string, string | Uint8Array>, expected: ReadonlyMap<string, string | Uint8Array>, context: string): void {
  const missing = [...expected.keys()].filter((p) => !actual.has(p));
  const extra = [...actual.keys()].filter((p) => !expected.has(p));
  assert.deepEqual({ missing: missing.slice(0, 10), extra: extra.slice(0, 10) }, { missing: [], extra: [] }, `file lists differ (${context})`);
  for (const [path, content] of expected) assert.ok(same(actual.get(path), content), `${path} differs from a full build${where(actual.get(path), content)} (${context})`);
}

// Where two texts first differ, with some context on each side.
function where(actual: string | Uint8Array | undefined, expected: string | Uint8Array): string {
  if (actual === undefined) return "";
  const a = Buffer.from(actual).toString("utf8");
  const e = Buffer.from(expected).toString("utf8");
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  return ` at character ${i}:\n  incremental …${a.slice(Math.max(0, i - 120), i + 80)}…\n  full build  …${e.slice(Math.max(0, i - 120), i + 80)}…\n`;
}
