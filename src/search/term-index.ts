// The inverted index behind the term shards: every term's postings (the documents it occurs in,
// with the fields it occurs in there) and each term's shard entry (`"term":[df,[title…],[speakers…],…]`,
// see Posting). It can be updated in place when some documents' terms change and the documents
// keep their numbers (a talk's text edited): only the entries of the terms those documents had or
// have are written again — what `talkdex serve` needs to re-index one edited talk in milliseconds.

import { transliterate } from "../model/transliterate.js";
import { COMMON_SHARE } from "./index-format.js";
import { needsTransliteration, tokenize } from "./tokenize.js";
import { lowerBound } from "./lower-bound.js";

// Longer "words" are URLs, hashes and base64 in descriptions: nobody types them.
const MAX_TERM = 32;
// Only the start of a description is indexed: it says what the talk is about, and the long tails
// (schedules, biographies, link lists) would double the index and its build time for little recall.
const DESCRIPTION_TERMS = 160;

// A term's code in a document: the fields it occurs in, and its description term frequency
// (min(3, occurrences − 1)) in bits 4–5.
const IN_TITLE = 1;
const IN_SPEAKERS = 2;
const IN_TAGS = 4;
const IN_DESCRIPTION = 8;
// A posting is `document * CODES + code`.
const CODES = 64;

/** Terms of a field: its words and, for non-Latin scripts, the words of its slug-style transliteration. */
export function fieldTerms(text: string, words: readonly string[] = tokenize(text)): string[] {
  const terms = [...words];
  // Like slugify, drop the marks transliteration leaves inside words ("proizvoditel'nosti").
  if (needsTransliteration(text)) terms.push(...tokenize(transliterate(text).replace(/[^\w\s-]/g, "")));
  return terms.filter((t) => t.length <= MAX_TERM);
}

/** The searchable text of a document, by field. */
export interface DocText {
  readonly title: string;
  readonly speakers: string;
  readonly tags: string;
  readonly description: string;
}

/**
 * Term ↔ number, shared by the documents of one index and the index itself: documents keep their
 * terms as numbers, so the index of 250,000 talks does not keep 25 million strings alive for the
 * garbage collector to walk, and collecting postings needs no lookup by string.
 */
export class Vocabulary {
  readonly #ids = new Map<string, number>();
  readonly #names: string[] = [];

  /** The term's number, making it known. */
  id(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#names.length;
      this.#ids.set(term, id);
      this.#names.push(term);
    }
    return id;
  }

  /** The term of a number. */
  name(id: number): string {
    const name = this.#names[id];
    if (name === undefined) throw new RangeError(`no term ${id}`);
    return name;
  }

  /** How many terms are known (numbers are 0 … size − 1). */
  get size(): number {
    return this.#names.length;
  }
}

/** A document's terms, as numbers of a vocabulary, and what its postings carry. */
export interface DocTerms {
  readonly vocabulary: Vocabulary;
  /** Words in the title, at most 15. */
  readonly titleLength: number;
  /** Every term of the document, once. */
  readonly terms: Int32Array;
  /** Each term's code: the fields it occurs in and its description term frequency. */
  readonly codes: Uint8Array;
}

/** The terms of one document. */
export function docTerms(doc: DocText, vocabulary: Vocabulary): DocTerms {
  const titleWords = tokenize(doc.title);
  const codes = docCodes(vocabulary);
  const mark = (terms: readonly string[], bit: number): void => {
    for (const t of terms) {
      const id = vocabulary.id(t);
      codes.set(id, codes.get(id) | bit);
    }
  };
  mark(fieldTerms(doc.title, titleWords), IN_TITLE);
  mark(fieldTerms(doc.speakers), IN_SPEAKERS);
  mark(fieldTerms(doc.tags), IN_TAGS);
  for (const t of descriptionTerms(doc.description)) {
    const id = vocabulary.id(t);
    const code = codes.get(id);
    // The first occurrence marks the field; each further one adds 1 to the frequency, up to 3.
    if (!(code & IN_DESCRIPTION)) codes.set(id, code | IN_DESCRIPTION);
    else if (code >> 4 < 3) codes.set(id, code + 16);
  }
  return { vocabulary, titleLength: Math.min(15, titleWords.length), ...codes.take() };
}

// A description longer than this is tokenized from a prefix first: its first DESCRIPTION_TERMS
// terms are usually there, and the rest of a long text (schedules, biographies) is not read.
const DESCRIPTION_PREFIX = 2000;

/** `fieldTerms(text).slice(0, DESCRIPTION_TERMS)`, reading no more of a long text than it needs. */
export function descriptionTerms(text: string): string[] {
  if (text.length > DESCRIPTION_PREFIX) {
    // An ASCII space ends every word and CJK run (tokenize is the same on both sides of one), and
    // fieldTerms puts a transliteration's terms after all the words: when the prefix has enough
    // words, they are the first terms of the whole text.
    const cut = text.indexOf(" ", DESCRIPTION_PREFIX);
    if (cut > 0) {
      const words = tokenize(text.slice(0, cut)).filter((t) => t.length <= MAX_TERM);
      if (words.length >= DESCRIPTION_TERMS) return words.slice(0, DESCRIPTION_TERMS);
    }
  }
  return fieldTerms(text).slice(0, DESCRIPTION_TERMS);
}

// Each term's code in the document being read, by term number: one table per vocabulary, reused
// for every document (a Map per document was most of the index's garbage).
class DocCodes {
  #codes = new Uint8Array(4096);
  #ids: number[] = [];

  get(id: number): number {
    return this.#codes[id] ?? 0;
  }

  set(id: number, code: number): void {
    if (id >= this.#codes.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.#codes.length * 2));
      grown.set(this.#codes);
      this.#codes = grown;
    }
    // Codes are never 0 (a term is in some field): 0 means "not in this document yet".
    if (this.#codes[id] === 0) this.#ids.push(id);
    this.#codes[id] = code;
  }

  /** The document's terms in order of first occurrence and their codes; the table is empty again. */
  take(): { terms: Int32Array; codes: Uint8Array } {
    const terms = Int32Array.from(this.#ids);
    const codes = new Uint8Array(terms.length);
    for (let k = 0; k < terms.length; k++) {
      const id = terms[k] ?? 0;
      codes[k] = this.#codes[id] ?? 0;
      this.#codes[id] = 0;
    }
    this.#ids = [];
    return { terms, codes };
  }
}

const tables = new WeakMap<Vocabulary, DocCodes>();
function docCodes(vocabulary: Vocabulary): DocCodes {
  let table = tables.get(vocabulary);
  if (!table) tables.set(vocabulary, (table = new DocCodes()));
  return table;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Term → postings and shard entries of a numbered list of documents and of the events' texts. */
export class TermIndex {
  readonly #vocabulary: Vocabulary;
  readonly #docs: DocTerms[];
  readonly #titleLengths: Uint8Array;
  // Term → its postings in document order: views of one array, copied into a list when an update changes them.
  readonly #postings = new Map<string, Int32Array | number[]>();
  readonly #eventsOf = new Map<string, number[]>();
  readonly #eventDocs = new Map<string, number>();
  readonly #entries = new Map<string, string>();
  #sorted: string[];

  /** Indexes `docs` (numbered by position, their terms from `vocabulary`) and the events' texts (numbered likewise, with their talk counts). */
  constructor(vocabulary: Vocabulary, docs: readonly DocTerms[], eventTexts: readonly string[], eventSizes: readonly number[]) {
    if (docs.length >= 2 ** 31 / CODES) throw new RangeError(`${docs.length} documents are too many for one index`);
    if (docs.some((d) => d.vocabulary !== vocabulary)) throw new Error("the documents' terms are numbers of another vocabulary");
    this.#vocabulary = vocabulary;
    this.#docs = [...docs];
    this.#titleLengths = Uint8Array.from(docs, (d) => d.titleLength);
    eventTexts.forEach((text, e) => {
      for (const t of new Set(fieldTerms(text))) {
        const list = this.#eventsOf.get(t);
        if (list) list.push(e);
        else this.#eventsOf.set(t, [e]);
        this.#eventDocs.set(t, (this.#eventDocs.get(t) ?? 0) + (eventSizes[e] ?? 0));
      }
    });
    // A counting sort groups the postings by term, in the terms' order (each term's in document
    // order), and each entry is written from one contiguous range.
    for (const t of this.#eventsOf.keys()) vocabulary.id(t);
    const counts = new Int32Array(vocabulary.size);
    for (const doc of docs) for (const id of doc.terms) counts[id] = (counts[id] ?? 0) + 1;
    const present: number[] = [];
    counts.forEach((n, id) => {
      if (n > 0) present.push(id);
    });
    const order = [...new Set([...present.map((id) => vocabulary.name(id)), ...this.#eventsOf.keys()])].sort(byCodeUnit);
    const start = new Int32Array(order.length + 1);
    const next = new Int32Array(vocabulary.size);
    let at = 0;
    order.forEach((t, k) => {
      start[k] = at;
      const id = vocabulary.id(t);
      next[id] = at;
      at += counts[id] ?? 0;
    });
    start[order.length] = at;
    const grouped = new Int32Array(at);
    docs.forEach((doc, d) => {
      doc.terms.forEach((id, k) => {
        grouped[next[id] ?? 0] = d * CODES + (doc.codes[k] ?? 0);
        next[id] = (next[id] ?? 0) + 1;
      });
    });
    this.#sorted = order;
    order.forEach((t, k) => {
      const postings = grouped.subarray(start[k] ?? 0, start[k + 1] ?? 0);
      if (postings.length > 0) this.#postings.set(t, postings);
      this.#entries.set(t, this.#entry(t, postings));
    });
  }

  /** Every term, in code-unit order (the order of the shards). */
  get terms(): readonly string[] {
    return this.#sorted;
  }

  /** A term's shard entry. */
  entry(term: string): string {
    return this.#entries.get(term) ?? "";
  }

  /** Shard entries of every term, in code-unit order. */
  entries(): string[] {
    return this.#sorted.map((t) => this.#entries.get(t) ?? "");
  }

  /** Replaces the terms of documents (by number, same count of documents); returns the terms whose entry changed. */
  update(changed: ReadonlyMap<number, DocTerms>): Set<string> {
    const touched = new Set<string>();
    let vocabulary = false;
    for (const [d, now] of changed) {
      const before = this.#docs[d];
      if (!before) throw new RangeError(`no document ${d}`);
      const had = this.#codesOf(before);
      const has = this.#codesOf(now);
      this.#docs[d] = now;
      const titleChanged = before.titleLength !== now.titleLength;
      this.#titleLengths[d] = now.titleLength;
      for (const [t, code] of had) {
        const keeps = has.get(t);
        // A term the document keeps, with the same postings, keeps its entry.
        if (keeps === code && !(titleChanged && code & IN_TITLE)) continue;
        touched.add(t);
        if (keeps !== undefined) continue;
        const list = this.#listOf(t);
        list.splice(lowerBound(list, d * CODES), 1);
        if (list.length === 0) this.#postings.delete(t);
      }
      for (const [t, code] of has) {
        const was = had.get(t);
        if (was === code) continue;
        touched.add(t);
        const list = this.#listOf(t);
        const at = lowerBound(list, d * CODES);
        if (was !== undefined) list[at] = d * CODES + code;
        else {
          if (list.length === 0 && !this.#eventsOf.has(t)) vocabulary = true;
          list.splice(at, 0, d * CODES + code);
        }
      }
    }
    for (const t of touched) {
      const postings = this.#postings.get(t);
      if (postings || this.#eventsOf.has(t)) this.#entries.set(t, this.#entry(t, postings ?? []));
      else if (this.#entries.delete(t)) vocabulary = true;
    }
    if (vocabulary) this.#sorted = [...this.#entries.keys()].sort(byCodeUnit);
    return touched;
  }

  // Term → code of a document.
  #codesOf(doc: DocTerms): Map<string, number> {
    if (doc.vocabulary !== this.#vocabulary) throw new Error("the document's terms are numbers of another vocabulary");
    const codes = new Map<string, number>();
    doc.terms.forEach((id, k) => codes.set(this.#vocabulary.name(id), doc.codes[k] ?? 0));
    return codes;
  }

  // A term's postings as a list that can change (made known when it has none).
  #listOf(term: string): number[] {
    const postings = this.#postings.get(term);
    if (Array.isArray(postings)) return postings;
    const list = postings ? Array.from(postings) : [];
    this.#postings.set(term, list);
    return list;
  }

  // `"term":[count,[title],[speakers],[tags],[events],[description]]`, lists delta-coded, empty tail lists left out.
  #entry(term: string, postings: ArrayLike<number>): string {
    const docCount = this.#docs.length;
    const count = Math.min(postings.length + (this.#eventDocs.get(term) ?? 0), docCount);
    // A common word only adds to scores: its description postings would change no ranking worth their bytes.
    const descriptions = count <= docCount * COMMON_SHARE;
    const title: number[] = [];
    const speakers: number[] = [];
    const tags: number[] = [];
    const description: number[] = [];
    const last = [0, 0, 0, 0];
    for (let k = 0; k < postings.length; k++) {
      const v = postings[k] ?? 0;
      const d = Math.floor(v / CODES);
      const code = v % CODES;
      if (code & IN_TITLE) {
        const x = d * 16 + (this.#titleLengths[d] ?? 0);
        title.push(x - (last[0] ?? 0));
        last[0] = x;
      }
      if (code & IN_SPEAKERS) {
        speakers.push(d - (last[1] ?? 0));
        last[1] = d;
      }
      if (code & IN_TAGS) {
        tags.push(d - (last[2] ?? 0));
        last[2] = d;
      }
      if (descriptions && code & IN_DESCRIPTION) {
        const x = d * 4 + (code >> 4);
        description.push(x - (last[3] ?? 0));
        last[3] = x;
      }
    }
    const events: number[] = [];
    let previous = 0;
    for (const e of this.#eventsOf.get(term) ?? []) {
      events.push(e - previous);
      previous = e;
    }
    const lists = [title, speakers, tags, events, description];
    let end = lists.length;
    while (end > 0 && lists[end - 1]?.length === 0) end--;
    return `${JSON.stringify(term)}:[${count}${lists.slice(0, end).map((l) => `,[${l.join(",")}]`).join("")}]`;
  }
}
