// Term → postings of every field, from the documents in order, written straight to the JSON text
// of each term's shard entry (`"term":[df,[title…],[speakers…],…]`, see Posting).

import { transliterate } from "../model/transliterate.js";
import { COMMON_SHARE } from "./index-format.js";
import type { SearchDoc } from "./search-docs.js";
import { needsTransliteration, tokenize } from "./tokenize.js";

// Longer "words" are URLs, hashes and base64 in descriptions: nobody types them.
const MAX_TERM = 32;
// Only the start of a description is indexed: it says what the talk is about, and the long tails
// (schedules, biographies, link lists) would double the index and its build time for little recall.
const DESCRIPTION_TERMS = 160;
const TITLE = 0;
const SPEAKERS = 1;
const TAGS = 2;
const EVENT = 3;
const DESCRIPTION = 4;

/** Terms of a field: its words and, for non-Latin scripts, the words of its slug-style transliteration. */
export function fieldTerms(text: string): string[] {
  const terms = tokenize(text);
  // Like slugify, drop the marks transliteration leaves inside words ("proizvoditel'nosti").
  if (needsTransliteration(text)) terms.push(...tokenize(transliterate(text).replace(/[^\w\s-]/g, "")));
  return terms.filter((t) => t.length <= MAX_TERM);
}

/** An Int32Array that doubles when full. */
function growable(initial: number): { get: () => Int32Array; ensure: (n: number) => Int32Array } {
  let array = new Int32Array(initial);
  return {
    get: () => array,
    ensure(n) {
      if (n > array.length) {
        const bigger = new Int32Array(Math.max(n, array.length * 2));
        bigger.set(array);
        array = bigger;
      }
      return array;
    },
  };
}

/**
 * Shard entries of every term, sorted by term (code-unit order, as the client compares). Postings
 * are kept in typed arrays as one linked list per term while collecting: a million small arrays
 * would keep the garbage collector busy for longer than the whole indexing takes.
 */
export function collectPostings(docs: readonly SearchDoc[], eventTexts: readonly string[], eventSizes: readonly number[]): string[] {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const head = growable(1 << 16);
  const lastDoc = growable(1 << 16);
  const df = growable(1 << 16);
  const next = growable(1 << 20);
  const value = growable(1 << 20);
  let entries = 0;
  const add = (term: string, field: number, v: number, doc: number): void => {
    let id = ids.get(term);
    if (id === undefined) {
      id = names.length;
      ids.set(term, id);
      names.push(term);
      head.ensure(id + 1)[id] = -1;
      lastDoc.ensure(id + 1)[id] = -1;
      df.ensure(id + 1)[id] = 0;
    }
    const e = entries++;
    next.ensure(e + 1)[e] = head.get()[id] ?? -1;
    value.ensure(e + 1)[e] = v * 8 + field;
    head.get()[id] = e;
    if (doc >= 0 && lastDoc.get()[id] !== doc) {
      lastDoc.get()[id] = doc;
      df.get()[id] = (df.get()[id] ?? 0) + 1;
    }
  };
  docs.forEach((doc, d) => {
    const length = Math.min(15, tokenize(doc.title).length);
    for (const t of new Set(fieldTerms(doc.title))) add(t, TITLE, d * 16 + length, d);
    for (const t of new Set(fieldTerms(doc.speakers))) add(t, SPEAKERS, d, d);
    for (const t of new Set(fieldTerms(doc.tags))) add(t, TAGS, d, d);
    const tf = new Map<string, number>();
    for (const t of fieldTerms(doc.description).slice(0, DESCRIPTION_TERMS)) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) add(t, DESCRIPTION, d * 4 + Math.min(3, n - 1), d);
  });
  const eventDocs = new Map<string, number>();
  eventTexts.forEach((text, event) => {
    for (const t of new Set(fieldTerms(text))) {
      add(t, EVENT, event, -1);
      eventDocs.set(t, (eventDocs.get(t) ?? 0) + (eventSizes[event] ?? 0));
    }
  });
  return sortedEntries(names, eventDocs, docs.length, { head: head.get(), next: next.get(), value: value.get(), df: df.get() });
}

// Each term's list, walked back to front (it was built by prepending), as delta-coded JSON.
function sortedEntries(
  names: readonly string[],
  eventDocs: ReadonlyMap<string, number>,
  docCount: number,
  lists: { head: Int32Array; next: Int32Array; value: Int32Array; df: Int32Array },
): string[] {
  const order = names.map((_, i) => i).sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : 1));
  const out: string[] = [];
  let buffer = new Int32Array(1024);
  for (const id of order) {
    const term = names[id] as string;
    let k = 0;
    for (let e = lists.head[id] ?? -1; e >= 0; e = lists.next[e] ?? -1) {
      if (k === buffer.length) {
        const bigger = new Int32Array(buffer.length * 2);
        bigger.set(buffer);
        buffer = bigger;
      }
      buffer[k++] = lists.value[e] ?? 0;
    }
    const parts = ["", "", "", "", ""];
    const prev = [0, 0, 0, 0, 0];
    for (let i = k - 1; i >= 0; i--) {
      const v = buffer[i] ?? 0;
      const field = v & 7;
      const x = v >>> 3;
      parts[field] += parts[field] === "" ? String(x - (prev[field] ?? 0)) : `,${x - (prev[field] ?? 0)}`;
      prev[field] = x;
    }
    const count = Math.min((lists.df[id] ?? 0) + (eventDocs.get(term) ?? 0), docCount);
    // A common word only adds to scores: its description postings would change no ranking worth their bytes.
    if (count > docCount * COMMON_SHARE) parts[DESCRIPTION] = "";
    let last = parts.length;
    while (last > 0 && parts[last - 1] === "") last--;
    out.push(`${JSON.stringify(term)}:[${count}${parts.slice(0, last).map((p) => `,[${p}]`).join("")}]`);
  }
  return out;
}
