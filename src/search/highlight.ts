// Which parts of a shown text a query matched, as ranges of the original string (the page wraps
// them in <mark>): words whose folded term matched, and CJK bigrams the query contains.

import type { QueryWord } from "./query-words.js";
import { wordSpans } from "./tokenize.js";

/** `[start, end)` ranges of `text` to highlight, sorted and merged. */
export function highlightRanges(text: string, terms: ReadonlySet<string>, words: readonly QueryWord[]): [number, number][] {
  const ranges: [number, number][] = [];
  const cjk = words.filter((w) => Array.from(w.term).length <= 2 && /[^\x00-\u024f]/.test(w.term)).map((w) => w.term);
  for (const span of wordSpans(text)) {
    if (!span.cjk) {
      if (terms.has(span.term)) ranges.push([span.start, span.end]);
      continue;
    }
    // CJK folding keeps the characters: the bigram is found in the original text as typed.
    const original = text.slice(span.start, span.end);
    for (const bigram of cjk) {
      for (let at = original.indexOf(bigram); at >= 0; at = original.indexOf(bigram, at + 1)) ranges.push([span.start + at, span.start + at + bigram.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
