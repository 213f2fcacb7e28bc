// The inverted index behind the term shards: each document's terms by field, every term's
// documents, and each term's shard entry (`"term":[df,[title…],[speakers…],…]`, see Posting).
// It can be updated in place when some documents' terms change and the documents keep their
// numbers (a talk's text edited): only the entries of the terms those documents had or have are
// written again — what `talkdex serve` needs to re-index one edited talk in milliseconds.

import { transliterate } from "../model/transliterate.js";
import { COMMON_SHARE } from "./index-format.js";
import { needsTransliteration, tokenize } from "./tokenize.js";
import { lowerBound } from "./lower-bound.js";

// Longer "words" are URLs, hashes and base64 in descriptions: nobody types them.
const MAX_TERM = 32;
// Only the start of a description is indexed: it says what the talk is about, and the long tails
// (schedules, biographies, link lists) would double the index and its build time for little recall.
const DESCRIPTION_TERMS = 160;
const DESCRIPTION = 4;

/** Terms of a field: its words and, for non-Latin scripts, the words of its slug-style transliteration. */
export function fieldTerms(text: string): string[] {
  const terms = tokenize(text);
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

/** A document's terms by field, with what its postings carry (title length, description term frequency). */
export interface DocTerms {
  readonly titleLength: number;
  readonly title: ReadonlySet<string>;
  readonly speakers: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
  /** Term → min(3, occurrences − 1) among the description's first terms. */
  readonly description: ReadonlyMap<string, number>;
  /** Every term of the document, once. */
  readonly all: readonly string[];
}

/** The terms of one document. */
export function docTerms(doc: DocText): DocTerms {
  const title = new Set(fieldTerms(doc.title));
  const speakers = new Set(fieldTerms(doc.speakers));
  const tags = new Set(fieldTerms(doc.tags));
  const counts = new Map<string, number>();
  for (const t of fieldTerms(doc.description).slice(0, DESCRIPTION_TERMS)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const description = new Map<string, number>();
  for (const [t, n] of counts) description.set(t, Math.min(3, n - 1));
  const all = new Set<string>([...title, ...speakers, ...tags, ...description.keys()]);
  return { titleLength: Math.min(15, tokenize(doc.title).length), title, speakers, tags, description, all: [...all] };
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Term → documents and shard entries of a numbered list of documents and of the events' texts. */
export class TermIndex {
  readonly #docs: DocTerms[];
  readonly #docsOf = new Map<string, number[]>();
  readonly #eventsOf = new Map<string, number[]>();
  readonly #eventDocs = new Map<string, number>();
  readonly #entries = new Map<string, string>();
  #sorted: string[];

  /** Indexes `docs` (numbered by position) and the events' texts (numbered likewise, with their talk counts). */
  constructor(docs: readonly DocTerms[], eventTexts: readonly string[], eventSizes: readonly number[]) {
    this.#docs = [...docs];
    docs.forEach((doc, d) => {
      for (const t of doc.all) {
        const list = this.#docsOf.get(t);
        if (list) list.push(d);
        else this.#docsOf.set(t, [d]);
      }
    });
    eventTexts.forEach((text, e) => {
      for (const t of new Set(fieldTerms(text))) {
        const list = this.#eventsOf.get(t);
        if (list) list.push(e);
        else this.#eventsOf.set(t, [e]);
        this.#eventDocs.set(t, (this.#eventDocs.get(t) ?? 0) + (eventSizes[e] ?? 0));
      }
    });
    this.#sorted = [...new Set([...this.#docsOf.keys(), ...this.#eventsOf.keys()])].sort(byCodeUnit);
    for (const t of this.#sorted) this.#entries.set(t, this.#entry(t));
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
      this.#docs[d] = now;
      const had = new Set(before.all);
      const has = new Set(now.all);
      for (const t of had) {
        // A term the document keeps, with the same postings, keeps its entry.
        if (has.has(t) && contribution(before, t) === contribution(now, t)) continue;
        touched.add(t);
        if (has.has(t)) continue;
        const list = this.#docsOf.get(t) ?? [];
        list.splice(lowerBound(list, d), 1);
        if (list.length === 0) this.#docsOf.delete(t);
      }
      for (const t of has) {
        if (had.has(t)) continue;
        touched.add(t);
        const list = this.#docsOf.get(t);
        if (list) list.splice(lowerBound(list, d), 0, d);
        else {
          this.#docsOf.set(t, [d]);
          if (!this.#eventsOf.has(t)) vocabulary = true;
        }
      }
    }
    for (const t of touched) {
      if (this.#docsOf.has(t) || this.#eventsOf.has(t)) this.#entries.set(t, this.#entry(t));
      else if (this.#entries.delete(t)) vocabulary = true;
    }
    if (vocabulary) this.#sorted = [...this.#entries.keys()].sort(byCodeUnit);
    return touched;
  }

  // `"term":[count,[title],[speakers],[tags],[events],[description]]`, lists delta-coded, empty tail lists left out.
  #entry(term: string): string {
    const docs = this.#docsOf.get(term) ?? [];
    const parts = ["", "", "", "", ""];
    const last = [0, 0, 0, 0, 0];
    const put = (field: number, x: number): void => {
      parts[field] += parts[field] === "" ? String(x - (last[field] ?? 0)) : `,${x - (last[field] ?? 0)}`;
      last[field] = x;
    };
    for (const d of docs) {
      const doc = this.#docs[d] as DocTerms;
      if (doc.title.has(term)) put(0, d * 16 + doc.titleLength);
      if (doc.speakers.has(term)) put(1, d);
      if (doc.tags.has(term)) put(2, d);
      const tf = doc.description.get(term);
      if (tf !== undefined) put(DESCRIPTION, d * 4 + tf);
    }
    for (const e of this.#eventsOf.get(term) ?? []) put(3, e);
    const docCount = this.#docs.length;
    const count = Math.min(docs.length + (this.#eventDocs.get(term) ?? 0), docCount);
    // A common word only adds to scores: its description postings would change no ranking worth their bytes.
    if (count > docCount * COMMON_SHARE) parts[DESCRIPTION] = "";
    let end = parts.length;
    while (end > 0 && parts[end - 1] === "") end--;
    return `${JSON.stringify(term)}:[${count}${parts.slice(0, end).map((p) => `,[${p}]`).join("")}]`;
  }
}

// What a document adds to a term's postings, as one number per field packed in a string.
function contribution(doc: DocTerms, term: string): string {
  return `${doc.title.has(term) ? doc.titleLength : -1},${doc.speakers.has(term) ? 1 : 0},${doc.tags.has(term) ? 1 : 0},${doc.description.get(term) ?? -1}`;
}
