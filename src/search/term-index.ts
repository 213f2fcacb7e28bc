// The inverted index behind the term shards: every term's postings (the documents it occurs in,
// with the fields it occurs in there) and each term's shard entry (`"term":[df,[title…],[speakers…],…]`,
// see Posting). It can be updated in place when some documents' terms change and the documents
// keep their numbers (a talk's text edited): only the entries of the terms those documents had or
// have are written again — what `talkdex serve` needs to re-index one edited talk in milliseconds.

import { transliterate } from "../model/transliterate.js";
import { COMMON_SHARE } from "./index-format.js";
import { needsTransliteration, pieceTerms, tokenize } from "./tokenize.js";
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
export function fieldTerms(text: string): string[] {
  const terms = tokenize(text).filter((t) => t.length <= MAX_TERM);
  if (needsTransliteration(text)) terms.push(...transliteratedTerms(text));
  return terms;
}

// The terms of a text's transliteration (for a text that needs it), like slugify dropping the
// marks transliteration leaves inside words ("proizvoditel'nosti").
function transliteratedTerms(text: string): string[] {
  return tokenize(transliterate(text).replace(/[^\w\s-]/g, "")).filter((t) => t.length <= MAX_TERM);
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
 *
 * Its own open-addressing table (FNV-1a over UTF-16 code units) rather than a `Map`: a word of a
 * text can be looked up where it sits (`asciiId`), so the two million words of the snapshot's
 * texts need no string of their own each — only the 96,000 distinct terms get one (the index's
 * tokenizing and lookups ≈ 1 s → ≈ 0.2 s).
 */
export class Vocabulary {
  readonly #names: string[] = [];
  // Each term's hash, by number (to re-insert when the table grows).
  #hashes = new Int32Array(1024);
  // Number + 1 of the term in each slot (0: empty); a power of two, at most half full.
  #slots = new Int32Array(4096);

  /** The term's number, making it known. */
  id(term: string): number {
    let h = FNV_OFFSET;
    for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), FNV_PRIME);
    const mask = this.#slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const held = this.#slots[slot] ?? 0;
      if (held === 0) return this.#add(term, h, slot);
      if (this.#names[held - 1] === term) return held - 1;
    }
  }

  /** The number of `text.slice(start, end).toLowerCase()`, for a range of ASCII letters and digits, making it known. */
  asciiId(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ lowerAscii(text.charCodeAt(i)), FNV_PRIME);
    const mask = this.#slots.length - 1;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const held = this.#slots[slot] ?? 0;
      if (held === 0) return this.#add(text.slice(start, end).toLowerCase(), h, slot);
      const name = this.#names[held - 1] ?? "";
      if (name.length === length && (this.#hashes[held - 1] ?? 0) === h) {
        let i = 0;
        while (i < length && name.charCodeAt(i) === lowerAscii(text.charCodeAt(start + i))) i++;
        if (i === length) return held - 1;
      }
    }
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

  #add(term: string, hash: number, slot: number): number {
    const id = this.#names.length;
    this.#names.push(term);
    if (id === this.#hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.#hashes);
      this.#hashes = hashes;
    }
    this.#hashes[id] = hash;
    this.#slots[slot] = id + 1;
    if ((id + 1) * 2 > this.#slots.length) this.#grow();
    return id;
  }

  #grow(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.#names.length; id++) {
      let slot = (this.#hashes[id] ?? 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.#slots = slots;
  }
}

// The fields whose lists hold documents (the title's with its length): in their order in an entry.
const NAME_FIELDS = [IN_TITLE, IN_SPEAKERS, IN_TAGS] as const;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

// ASCII letters and digits: the only ASCII characters inside a word (tokenize).
const isAsciiWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

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

/**
 * The terms of one document: those of `fieldTerms` for the title, speakers and tags, and the first
 * DESCRIPTION_TERMS of the description's (`descriptionTerms`) — read straight from the texts.
 */
export function docTerms(doc: DocText, vocabulary: Vocabulary): DocTerms {
  const codes = docCodes(vocabulary);
  const titleWords = markTerms(doc.title, IN_TITLE, Infinity, codes, vocabulary);
  markTerms(doc.speakers, IN_SPEAKERS, Infinity, codes, vocabulary);
  markTerms(doc.tags, IN_TAGS, Infinity, codes, vocabulary);
  markTerms(doc.description, IN_DESCRIPTION, DESCRIPTION_TERMS, codes, vocabulary);
  return { vocabulary, titleLength: Math.min(15, titleWords), ...codes.take() };
}

// Marks the first `limit` terms of `fieldTerms(text)` as in the field `bit`, without making a string
// of each word: a run of ASCII letters and digits (most words) is looked up where it is, and only a
// piece with other characters is tokenized as `tokenize` does it. Returns the number of words read
// (`tokenize(text).length` when no limit stopped it).
//
// Its loop is in `markWords`, and the rare tail (transliterated terms, for texts with letters outside
// ASCII) here, in a function without a loop: V8 compiles a long-running loop on the stack (on-stack
// replacement) early, and keeps that code for the loop's next entry. With the tail in the same
// function, code compiled before any text needed transliterating had no feedback for that call and
// left for the interpreter at it, every time: 1,800 times in a build of the snapshot.
function markTerms(text: string, bit: number, limit: number, codes: DocCodes, vocabulary: Vocabulary): number {
  const words = markWords(text, bit, limit, codes, vocabulary);
  let marked = lastMarked;
  if (marked < limit && needsTransliteration(text))
    for (const term of transliteratedTerms(text)) {
      if (marked === limit) break;
      codes.mark(vocabulary.id(term), bit);
      marked++;
    }
  return words;
}

// How many terms the last `markWords` marked (its second result, without an object per call).
let lastMarked = 0;

// `markTerms` without transliterated terms; sets `lastMarked`.
function markWords(text: string, bit: number, limit: number, codes: DocCodes, vocabulary: Vocabulary): number {
  let words = 0;
  let marked = 0;
  // Pieces are what `tokenize` splits a text into: runs of anything but ASCII punctuation, spaces and controls.
  for (let i = 0; i < text.length && marked < limit; ) {
    let c = text.charCodeAt(i);
    if (c < 0x80 && !isAsciiWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    for (; i < text.length; i++) {
      c = text.charCodeAt(i);
      if (c >= 0x80) ascii = false;
      else if (!isAsciiWordChar(c)) break;
    }
    if (ascii) {
      words++;
      if (i - start <= MAX_TERM) {
        codes.mark(vocabulary.asciiId(text, start, i), bit);
        marked++;
      }
      continue;
    }
    for (const term of pieceTerms(text.slice(start, i))) {
      words++;
      if (term.length <= MAX_TERM && marked < limit) {
        codes.mark(vocabulary.id(term), bit);
        marked++;
      }
    }
  }
  lastMarked = marked;
  return words;
}

// Each term's code in the document being read, by term number: one table per vocabulary, reused
// for every document (a Map per document was most of the index's garbage).
class DocCodes {
  #codes = new Uint8Array(4096);
  // The document's terms so far, in order of first occurrence: `#ids[0]` … `#ids[#count - 1]` (one
  // table for all documents — a new list per document, grown as it filled, was 40 MB of garbage).
  #ids = new Int32Array(1024);
  #count = 0;

  /** Marks the term as in the field `bit`; each further occurrence in the description adds 1 to its frequency, up to 3. */
  mark(id: number, bit: number): void {
    const code = this.#codes[id] ?? 0;
    if (!(code & bit)) this.#set(id, code | bit);
    else if (bit === IN_DESCRIPTION && code >> 4 < 3) this.#set(id, code + 16);
  }

  #set(id: number, code: number): void {
    if (id >= this.#codes.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.#codes.length * 2));
      grown.set(this.#codes);
      this.#codes = grown;
    }
    // Codes are never 0 (a term is in some field): 0 means "not in this document yet".
    if (this.#codes[id] === 0) {
      if (this.#count === this.#ids.length) {
        const grown = new Int32Array(this.#count * 2);
        grown.set(this.#ids);
        this.#ids = grown;
      }
      this.#ids[this.#count++] = id;
    }
    this.#codes[id] = code;
  }

  /** The document's terms in order of first occurrence and their codes; the table is empty again. */
  take(): { terms: Int32Array; codes: Uint8Array } {
    const terms = this.#ids.slice(0, this.#count);
    const codes = new Uint8Array(terms.length);
    for (let k = 0; k < terms.length; k++) {
      const id = terms[k] ?? 0;
      codes[k] = this.#codes[id] ?? 0;
      this.#codes[id] = 0;
    }
    this.#count = 0;
    return { terms, codes };
  }
}

const tables = new WeakMap<Vocabulary, DocCodes>();
function docCodes(vocabulary: Vocabulary): DocCodes {
  let table = tables.get(vocabulary);
  if (!table) tables.set(vocabulary, (table = new DocCodes()));
  return table;
}

// Terms sort by UTF-16 code units, the order of `Array.prototype.sort` without a comparator (and
// of the `<` that looks the shards up), which V8 sorts without calling back into JavaScript.

/** Term → postings and shard entries of a numbered list of documents and of the events' texts. */
export class TermIndex {
  readonly #vocabulary: Vocabulary;
  readonly #docs: DocTerms[];
  readonly #titleLengths: Uint8Array;
  // Every term's postings in document order as the constructor grouped them: those of the term
  // `#baseTerms[k]` are `#basePostings[#baseStarts[k]]` up to `#basePostings[#baseStarts[k + 1]]` —
  // no view or map entry per term (96,000 of each for the snapshot, ≈ 0.1 s): a build never
  // updates its index.
  readonly #baseTerms: readonly string[];
  readonly #baseStarts: Int32Array;
  readonly #basePostings: Int32Array;
  // The postings of the terms an update changed since (empty for a term that has none left).
  readonly #lists = new Map<string, number[]>();
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
    const order = [...new Set([...present.map((id) => vocabulary.name(id)), ...this.#eventsOf.keys()])].sort();
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
    for (let d = 0; d < docs.length; d++) {
      const { terms, codes } = docs[d] as DocTerms;
      for (let k = 0; k < terms.length; k++) {
        const id = terms[k] ?? 0;
        const at = next[id] ?? 0;
        grouped[at] = d * CODES + (codes[k] ?? 0);
        next[id] = at + 1;
      }
    }
    this.#sorted = order;
    this.#baseTerms = order;
    this.#baseStarts = start;
    this.#basePostings = grouped;
    order.forEach((t, k) => this.#entries.set(t, this.#entry(t, grouped, start[k] ?? 0, start[k + 1] ?? 0)));
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
      const postings = this.#postingsOf(t);
      if (postings.length > 0 || this.#eventsOf.has(t)) this.#entries.set(t, this.#entry(t, postings, 0, postings.length));
      else if (this.#entries.delete(t)) vocabulary = true;
    }
    if (vocabulary) this.#sorted = [...this.#entries.keys()].sort();
    return touched;
  }

  // Term → code of a document.
  #codesOf(doc: DocTerms): Map<string, number> {
    if (doc.vocabulary !== this.#vocabulary) throw new Error("the document's terms are numbers of another vocabulary");
    const codes = new Map<string, number>();
    doc.terms.forEach((id, k) => codes.set(this.#vocabulary.name(id), doc.codes[k] ?? 0));
    return codes;
  }

  // A term's postings (none: empty).
  #postingsOf(term: string): ArrayLike<number> {
    const list = this.#lists.get(term);
    if (list) return list;
    const k = lowerBound(this.#baseTerms, term);
    return this.#baseTerms[k] === term ? this.#basePostings.subarray(this.#baseStarts[k] ?? 0, this.#baseStarts[k + 1] ?? 0) : [];
  }

  // A term's postings as a list that can change (made known when it has none).
  #listOf(term: string): number[] {
    let list = this.#lists.get(term);
    if (list) return list;
    list = Array.from(this.#postingsOf(term));
    this.#lists.set(term, list);
    return list;
  }

  // `"term":[count,[title],[speakers],[tags],[events],[description]]` of the term's postings
  // `postings[from]` … `postings[to - 1]`, lists delta-coded, empty tail lists left out. The
  // numbers are written as ASCII digits into a scratch buffer and made one string: lists of
  // numbers joined into strings allocated 24 times the entries' size (180 MB for the snapshot's
  // 7.6 MB of entries), half of the index's garbage.
  #entry(term: string, postings: ArrayLike<number>, from: number, to: number): string {
    const docCount = this.#docs.length;
    const count = Math.min(to - from + (this.#eventDocs.get(term) ?? 0), docCount);
    const out = entryDigits;
    out.reset();
    out.number(count);
    // Where the entry ends: after the last list that is not empty.
    let end = out.length;
    for (const field of NAME_FIELDS) if (this.#list(out, field, postings, from, to)) end = out.length;
    const events = this.#eventsOf.get(term) ?? [];
    out.open();
    let previous = 0;
    for (let k = 0; k < events.length; k++) {
      const e = events[k] ?? 0;
      out.item(e - previous, k === 0);
      previous = e;
    }
    out.close();
    if (events.length > 0) end = out.length;
    // A common word only adds to scores: its description postings would change no ranking worth their bytes.
    if (count <= docCount * COMMON_SHARE && this.#list(out, IN_DESCRIPTION, postings, from, to)) end = out.length;
    return `${JSON.stringify(term)}:[${out.text(end)}]`;
  }

  // Writes one list of an entry: the postings from `from` to `to` whose code has the field `bit`, as
  // gaps between their values — the document (for the title's, times 16 plus the title's length;
  // for the description's, times 4 plus the term's frequency there). True when it holds any.
  #list(out: Digits, bit: number, postings: ArrayLike<number>, from: number, to: number): boolean {
    out.open();
    let last = 0;
    let empty = true;
    for (let k = from; k < to; k++) {
      const v = postings[k] ?? 0;
      const code = v % CODES;
      if (!(code & bit)) continue;
      const d = Math.floor(v / CODES);
      const x = bit === IN_TITLE ? d * 16 + (this.#titleLengths[d] ?? 0) : bit === IN_DESCRIPTION ? d * 4 + (code >> 4) : d;
      out.item(x - last, empty);
      last = x;
      empty = false;
    }
    out.close();
    return !empty;
  }
}

// ASCII text of numbers, commas and brackets, written byte by byte and read as one string.
class Digits {
  #bytes = Buffer.allocUnsafe(1 << 12);
  #at = 0;

  get length(): number {
    return this.#at;
  }

  reset(): void {
    this.#at = 0;
  }

  /** `,[` */
  open(): void {
    this.#room(2);
    this.#bytes[this.#at++] = 0x2c;
    this.#bytes[this.#at++] = 0x5b;
  }

  /** `]` */
  close(): void {
    this.#room(1);
    this.#bytes[this.#at++] = 0x5d;
  }

  /** A list's number, after a comma unless it is the first. */
  item(n: number, first: boolean): void {
    if (!first) {
      this.#room(1);
      this.#bytes[this.#at++] = 0x2c;
    }
    this.number(n);
  }

  /** An integer as `String(n)` writes it. */
  number(n: number): void {
    this.#room(12);
    if (n < 0) {
      this.#bytes[this.#at++] = 0x2d;
      n = -n;
    }
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    const end = this.#at + digits;
    for (let k = end - 1; k >= this.#at; k--) {
      this.#bytes[k] = 0x30 + (n % 10);
      n = Math.floor(n / 10);
    }
    this.#at = end;
  }

  /** The first `end` bytes as a string. */
  text(end: number): string {
    return this.#bytes.toString("latin1", 0, end);
  }

  #room(n: number): void {
    if (this.#at + n <= this.#bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.#bytes.length * 2, this.#at + n));
    this.#bytes.copy(grown, 0, 0, this.#at);
    this.#bytes = grown;
  }
}

const entryDigits = new Digits();
