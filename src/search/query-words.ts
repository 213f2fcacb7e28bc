// A query string → the words to match: folded with the indexer's tokenizer; the last word is a
// prefix while it is being typed (no space after it yet).

import { cjkTerms, wordSpans } from "./tokenize.js";

/** One thing every result must contain. */
export interface QueryWord {
  /** The folded term. */
  readonly term: string;
  /** Also match the terms it starts ("asy" → asyncio). */
  readonly prefix: boolean;
  /** Also match terms one edit away ("asynco" → asyncio). */
  readonly fuzzy: boolean;
}

// Typos are tolerated from five letters on: shorter words have too many neighbours ("java" ~ "jaxa").
const FUZZY_FROM = 5;
// Completions start at the third letter: "p" or "py" would expand to hundreds of terms, costing
// shards and time at the keystrokes where the results matter least.
const PREFIX_FROM = 3;
// A query is at most this many words: more only slow the search without narrowing it.
const MAX_WORDS = 12;

/** The words of a query. A CJK run becomes its bigrams, each required. */
export function queryWords(q: string): QueryWord[] {
  const spans = wordSpans(q);
  const typing = spans.length > 0 && (spans[spans.length - 1]?.end ?? 0) === q.length;
  const words: QueryWord[] = [];
  spans.forEach((span, i) => {
    const last = typing && i === spans.length - 1;
    if (span.cjk) {
      for (const term of cjkTerms(span.term)) words.push({ term, prefix: false, fuzzy: false });
      return;
    }
    const length = Array.from(span.term).length;
    words.push({ term: span.term, prefix: last && length >= PREFIX_FROM, fuzzy: length >= FUZZY_FROM });
  });
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.term) && seen.add(w.term)).slice(0, MAX_WORDS);
}
