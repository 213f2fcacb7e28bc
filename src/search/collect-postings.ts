// Term → postings of every field, from the documents in order (so every list comes out ascending).

import { transliterate } from "../model/transliterate.js";
import { FIELDS, type Posting } from "./index-format.js";
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

/**
 * The postings of one term while they are collected: one flat list of `value * 8 + field` (one
 * array per term instead of five keeps the garbage collector out of the build's way).
 */
interface Acc {
  entries: number[];
  /** The last document counted in `df` (documents come in order). */
  lastDoc: number;
  df: number;
}

/** Terms of a field: its words and, for non-Latin scripts, the words of its slug-style transliteration. */
export function fieldTerms(text: string): string[] {
  const terms = tokenize(text);
  // Like slugify, drop the marks transliteration leaves inside words ("proizvoditel'nosti").
  if (needsTransliteration(text)) terms.push(...tokenize(transliterate(text).replace(/[^\w\s-]/g, "")));
  return terms.filter((t) => t.length <= MAX_TERM);
}

/** Postings of every term, with `df` (documents containing the term anywhere) first. */
export function collectPostings(docs: readonly SearchDoc[], eventTexts: readonly string[], eventSizes: readonly number[]): Map<string, Posting> {
  const acc = new Map<string, Acc>();
  const add = (term: string, field: number, value: number, doc: number): void => {
    let a = acc.get(term);
    if (!a) {
      a = { entries: [], lastDoc: -1, df: 0 };
      acc.set(term, a);
    }
    a.entries.push(value * 8 + field);
    if (doc >= 0 && a.lastDoc !== doc) {
      a.lastDoc = doc;
      a.df++;
    }
  };
  docs.forEach((doc, id) => {
    const length = Math.min(15, tokenize(doc.title).length);
    for (const t of new Set(fieldTerms(doc.title))) add(t, TITLE, id * 16 + length, id);
    for (const t of new Set(fieldTerms(doc.speakers))) add(t, SPEAKERS, id, id);
    for (const t of new Set(fieldTerms(doc.tags))) add(t, TAGS, id, id);
    const tf = new Map<string, number>();
    for (const t of fieldTerms(doc.description).slice(0, DESCRIPTION_TERMS)) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) add(t, DESCRIPTION, id * 4 + Math.min(3, n - 1), id);
  });
  const eventDocs = new Map<string, number>();
  eventTexts.forEach((text, event) => {
    for (const t of new Set(fieldTerms(text))) {
      add(t, EVENT, event, -1);
      eventDocs.set(t, (eventDocs.get(t) ?? 0) + (eventSizes[event] ?? 0));
    }
  });
  const out = new Map<string, Posting>();
  for (const [term, a] of acc) {
    const lists: number[][] = FIELDS.map(() => []);
    const prev = FIELDS.map(() => 0);
    // Entries of a field are ascending already (documents and events were visited in order).
    for (const e of a.entries) {
      const field = e % 8;
      const value = (e - field) / 8;
      (lists[field] as number[]).push(value - (prev[field] ?? 0));
      prev[field] = value;
    }
    while (lists.length > 0 && lists[lists.length - 1]?.length === 0) lists.pop();
    out.set(term, [Math.min(a.df + (eventDocs.get(term) ?? 0), docs.length), ...lists]);
  }
  return out;
}
