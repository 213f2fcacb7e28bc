import { test } from "node:test";
import assert from "node:assert/strict";
import type { Posting } from "./index-format.js";
import { cutShards } from "./shards.js";
import { docTerms as termsOf, fieldTerms, TermIndex, Vocabulary, type DocText } from "./term-index.js";
import { tokenize } from "./tokenize.js";
import { prng } from "../../test/helpers/prng.js";

function doc(title: string, extra: Partial<DocText> & { event?: number } = {}): DocText {
  return { title, speakers: "", tags: "", description: "", ...extra };
}

const vocabulary = new Vocabulary();
const docTerms = (doc: DocText): ReturnType<typeof termsOf> => termsOf(doc, vocabulary);

function collectPostings(docs: readonly DocText[], eventTexts: readonly string[], eventSizes: readonly number[]): string[] {
  return new TermIndex(vocabulary, docs.map(docTerms), eventTexts, eventSizes).entries();
}

function parsed(entries: string[]): Record<string, Posting> {
  return JSON.parse(`{${entries.join(",")}}`) as Record<string, Posting>;
}

test("postings are delta-coded per field, with title length and description term frequency packed in", () => {
  const fillers = Array.from({ length: 10 }, () => doc("filler"));
  const docs = [doc("Async Python", { description: "python python python python python" }), doc("Python", { speakers: "Ada Lovelace", event: 1 }), doc("Rust", { tags: "python" }), ...fillers];
  const p = parsed(collectPostings(docs, ["PyCon", "Rust Conf"], [1, 2]));
  // title: doc 0 (2 words) → 0*16+2; doc 1 (1 word) → 1*16+1, delta 15. tags: doc 2. description: doc 0, tf 5 capped → 0*4+3.
  assert.deepEqual(p.python, [3, [2, 15], [], [2], [], [3]]);
  assert.deepEqual(p.ada, [1, [], [1]]);
  // Event postings list events; df counts their talks.
  assert.deepEqual(p.rust, [3, [2 * 16 + 1], [], [], [1]]);
  assert.deepEqual(p.pycon, [1, [], [], [], [0]]);
});

test("an entry longer than its scratch buffer is written whole, numbers of every width as JSON writes them", () => {
  // 3,000 talks titled "big": an entry of ≈ 16 KB; deltas of one to several digits.
  const docs = Array.from({ length: 3000 }, (_, d) => doc(d % 7 === 0 ? "big one" : "big", { tags: d % 1000 === 0 ? "rare" : "" }));
  const entries = collectPostings(docs, ["Big Conf"], [3000]);
  const big = entries.find((e) => e.startsWith('"big":')) as string;
  assert.ok(big.length > 8192, `${big.length}`);
  const titles: number[] = [];
  let last = 0;
  docs.forEach((d, k) => {
    const x = k * 16 + d.title.split(" ").length;
    titles.push(x - last);
    last = x;
  });
  assert.equal(big, `"big":${JSON.stringify([3000, titles, [], [], [0]])}`);
  assert.equal(entries.find((e) => e.startsWith('"rare":')), `"rare":${JSON.stringify([3, [], [], [0, 1000, 1000]])}`);
});

test("entries come out in code-unit order and shards cut them into contiguous ranges", () => {
  const docs = ["b a", "10 2", "z é", "c d e f g h i j"].map((t) => doc(t));
  const entries = collectPostings(docs, [], []);
  const terms = entries.map((e) => JSON.parse(e.slice(0, e.indexOf(":["))) as string);
  assert.deepEqual(terms, [...terms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  const shards = cutShards(new TermIndex(vocabulary, docs.map(docTerms), [], []), 40);
  assert.ok(shards.length > 2);
  assert.deepEqual(shards.flatMap((s) => Object.keys(JSON.parse(s.json) as object)).sort(), [...terms].sort());
  shards.forEach((s) => assert.equal(s.first, Object.keys(JSON.parse(s.json) as object).sort()[0]));
});

test("a word in over a quarter of the talks keeps its title postings but not its description postings", () => {
  const docs = [doc("Python", { description: "python" }), doc("Rust", { description: "python" }), doc("Go")];
  const p = parsed(collectPostings(docs, [], []));
  assert.deepEqual(p.python, [2, [1]]);
  assert.deepEqual(p.rust, [1, [16 + 1]]);
});

test("an index updated in place for changed documents equals one built from scratch", () => {
  const random = prng(42);
  const words = ["python", "rust", "async", "data", "web", "test", "typing", "café", "東京", "go", "django", "numpy"];
  const text = (n: number): string => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(" ");
  const make = (): DocText => doc(text(1 + Math.floor(random() * 4)), { speakers: text(2), tags: text(1), description: `${text(8)} word${Math.floor(random() * 50)}` });
  const docs = Array.from({ length: 40 }, make);
  const index = new TermIndex(vocabulary, docs.map(docTerms), ["PyCon 2020", "RustConf"], [25, 15]);
  for (let round = 0; round < 30; round++) {
    const changed = new Map<number, ReturnType<typeof docTerms>>();
    for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
      const d = Math.floor(random() * docs.length);
      docs[d] = make();
      changed.set(d, docTerms(docs[d] as DocText));
    }
    const touched = index.update(changed);
    const fresh = new TermIndex(vocabulary, docs.map(docTerms), ["PyCon 2020", "RustConf"], [25, 15]);
    assert.deepEqual(index.entries(), fresh.entries(), `round ${round}`);
    assert.deepEqual(index.terms, fresh.terms);
    assert.ok(touched.size > 0);
  }
});

test("shards cut again after an update equal a fresh cut, and unchanged shards keep their names", () => {
  const random = prng(7);
  const word = (): string => `w${Math.floor(random() * 3000)}`;
  const make = (): DocText => doc(`${word()} ${word()}`, { description: Array.from({ length: 30 }, word).join(" ") });
  const edit = (): DocText => doc(`${word()} ${word()}`, { description: Array.from({ length: 4 }, word).join(" ") });
  const docs = Array.from({ length: 400 }, make);
  const index = new TermIndex(vocabulary, docs.map(docTerms), [], []);
  let shards = cutShards(index, 2_000);
  assert.ok(shards.length > 50, `${shards.length} shards`);
  for (let round = 0; round < 25; round++) {
    const changed = new Map<number, ReturnType<typeof docTerms>>();
    const d = Math.floor(random() * docs.length);
    docs[d] = edit();
    changed.set(d, docTerms(docs[d] as DocText));
    const touched = index.update(changed);
    const updated = cutShards(index, 2_000, shards, touched);
    const fresh = cutShards(new TermIndex(vocabulary, docs.map(docTerms), [], []), 2_000);
    assert.deepEqual(updated, fresh, `round ${round}`);
    const kept = updated.filter((s) => shards.includes(s)).length;
    // A changed entry costs its shard and the one before (which it may close), plus one to realign.
    assert.ok(kept >= updated.length - 3 * touched.size, `round ${round}: only ${kept} of ${updated.length} shards kept for ${touched.size} changed terms`);
    shards = updated;
  }
});

test("documents numbered by another vocabulary are refused, and a refused update changes nothing", () => {
  const other = new Vocabulary();
  assert.throws(() => new TermIndex(vocabulary, [termsOf(doc("Python"), other)], [], []), /another vocabulary/);
  const index = new TermIndex(vocabulary, [docTerms(doc("Python")), docTerms(doc("Rust"))], [], []);
  const before = index.entries();
  assert.throws(() => index.update(new Map([[0, termsOf(doc("Go"), other)]])), /another vocabulary/);
  assert.deepEqual(index.entries(), before);
  index.update(new Map([[0, docTerms(doc("Go"))]]));
  assert.deepEqual(index.entries(), new TermIndex(vocabulary, [docTerms(doc("Go")), docTerms(doc("Rust"))], [], []).entries());
});

// What docTerms reads straight from the texts, computed from the tokenizer's lists of strings.
function referenceTerms(doc: DocText): { terms: string[]; codes: number[]; titleLength: number } {
  const codes = new Map<string, number>();
  const mark = (terms: readonly string[], bit: number): void => {
    for (const t of terms) codes.set(t, (codes.get(t) ?? 0) | bit);
  };
  mark(fieldTerms(doc.title), 1);
  mark(fieldTerms(doc.speakers), 2);
  mark(fieldTerms(doc.tags), 4);
  for (const t of fieldTerms(doc.description).slice(0, 160)) {
    const code = codes.get(t) ?? 0;
    if (!(code & 8)) codes.set(t, code | 8);
    else if (code >> 4 < 3) codes.set(t, code + 16);
  }
  return { terms: [...codes.keys()], codes: [...codes.values()], titleLength: Math.min(15, tokenize(doc.title).length) };
}

test("a document's terms are the tokenizer's (case, long tokens, non-ASCII pieces, CJK, transliteration, the first 160 of a description)", () => {
  const rand = prng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const words = ["python", "Data", "PyCon2020", "ÉCOLE", "naïve", "naïveCafé", "x".repeat(32), "x".repeat(33), "é".repeat(40), "https://example.org/a/very/long/url/that/is/no/term", "3.14", "Ωμέγα", "ΟΔΟΣ", "Привет", "мир", "機械学習", "データ", "a-b_c", "İstanbul", "🐍snake", "Ǆemal", "ﬁle"];
  const separators = [" ", " ", "\n", ", ", ". ", "\t", " — ", "“", "\u00a0", "", "/"];
  const text = (count: number): string => {
    let t = "";
    for (let i = 0; i < count; i++) t += pick(words) + pick(separators);
    return t;
  };
  const v = new Vocabulary();
  for (let n = 0; n < 300; n++) {
    const doc: DocText = { title: text(Math.floor(rand() * 20)), speakers: text(Math.floor(rand() * 4)), tags: text(Math.floor(rand() * 4)), description: text(Math.floor(rand() * 400)) };
    const got = termsOf(doc, v);
    const want = referenceTerms(doc);
    assert.deepEqual([...got.terms].map((id) => v.name(id)), want.terms, doc.title);
    assert.deepEqual([...got.codes], want.codes, doc.title);
    assert.equal(got.titleLength, want.titleLength, doc.title);
  }
  // Numbers stay those of their terms as the table grows far past its first size.
  for (let i = 0; i < 20_000; i++) assert.equal(v.name(v.id(`term${i}`)), `term${i}`);
  assert.equal(v.id("term7"), v.id("term7"));
  const upper = termsOf({ title: "TERM7 Term8", speakers: "", tags: "", description: "" }, v);
  assert.deepEqual([...upper.terms], [v.id("term7"), v.id("term8")]);
});

test("a document's terms do not depend on the documents read before it", () => {
  const v = new Vocabulary();
  const text: DocText = { title: "Fast Python", speakers: "Ada", tags: "performance", description: "python python python python speed" };
  const alone = termsOf(text, v);
  termsOf({ title: "Other talk about python", speakers: "Bo", tags: "", description: "speed ".repeat(50) }, v);
  const again = termsOf(text, v);
  assert.deepEqual([...again.terms], [...alone.terms]);
  assert.deepEqual([...again.codes], [...alone.codes]);
});
