// BM25-like scores of documents for one query word, with field weights title > speakers > tags >
// event > description; and the phrase boost applied to the best candidates once their titles are known.

import type { Posting } from "./index-format.js";
import type { TermMatch } from "./match-terms.js";
import type { QueryWord } from "./query-words.js";
import { tokenize } from "./tokenize.js";

/** Weight of each field, in posting order. */
export const FIELD_WEIGHTS = [10, 7, 5, 3, 1.5] as const;
const K1 = 1.2;
const B = 0.75;

/** What scoring needs besides the postings. */
export interface RankContext {
  readonly docs: number;
  readonly avgTitle: number;
  /** Documents of each event (event postings name events). */
  readonly eventDocs: readonly (readonly number[])[];
}

function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** A word's scores: the documents it matches, and a score per document (0 for the others). */
export interface WordScores {
  readonly docs: readonly number[];
  readonly score: Float64Array;
}

/**
 * Score of every document a word matches: the best of its matching terms, each term summing its
 * fields. Typed arrays, not maps: "python" alone touches a third of the documents.
 */
export function scoreWord(matches: readonly TermMatch[], ctx: RankContext): WordScores {
  const best = new Float64Array(ctx.docs);
  const sum = new Float64Array(ctx.docs);
  const docs: number[] = [];
  let maxDf = 1;
  for (const m of matches) maxDf = Math.max(maxDf, m.posting[0]);
  for (const m of matches) {
    const touched: number[] = [];
    addPosting(m.posting, ctx, sum, touched);
    // A completion or typo counts like the word's most common reading ("pyth" means python, not
    // the rarer pythran): its rarity must not outrank the likely word.
    const factor = m.weight === 1 ? idf(m.posting[0], ctx.docs) : m.weight * (0.7 + (0.3 * m.posting[0]) / maxDf) * idf(maxDf, ctx.docs);
    for (const d of touched) {
      const v = (sum[d] ?? 0) * factor;
      sum[d] = 0;
      if (v > (best[d] ?? 0)) {
        if (best[d] === 0) docs.push(d);
        best[d] = v;
      }
    }
  }
  return { docs, score: best };
}

// Adds one term's field scores to `sum`, listing each document the first time it gets one.
function addPosting(posting: Posting, ctx: RankContext, sum: Float64Array, touched: number[]): void {
  const add = (doc: number, s: number): void => {
    if (sum[doc] === 0) touched.push(doc);
    sum[doc] = (sum[doc] ?? 0) + s;
  };
  let v = 0;
  for (const d of posting[1] ?? []) {
    v += d;
    const len = v % 16;
    add((v - len) / 16, (FIELD_WEIGHTS[0] * (K1 + 1)) / (1 + K1 * (1 - B + (B * len) / ctx.avgTitle)));
  }
  for (const [field, weight] of [[2, FIELD_WEIGHTS[1]], [3, FIELD_WEIGHTS[2]]] as const) {
    v = 0;
    for (const d of posting[field] ?? []) add((v += d), weight);
  }
  v = 0;
  for (const e of posting[4] ?? []) for (const d of ctx.eventDocs[(v += e)] ?? []) add(d, FIELD_WEIGHTS[3]);
  v = 0;
  for (const d of posting[5] ?? []) {
    v += d;
    const tf = (v % 4) + 1;
    add((v - (v % 4)) / 4, (FIELD_WEIGHTS[4] * tf * (K1 + 1)) / (tf + K1));
  }
}

/**
 * Phrase boost of a title: 2 when it is the query, 1.5 when it holds the query's words in order
 * (the last one as a prefix while typing), else 1. One-word queries only get the exact-title boost.
 */
export function phraseBoost(title: string, words: readonly QueryWord[]): number {
  if (words.length === 0) return 1;
  const terms = tokenize(title);
  const matchAt = (i: number): boolean =>
    words.every((w, k) => {
      const t = terms[i + k];
      return t !== undefined && (t === w.term || (w.prefix && t.startsWith(w.term)));
    });
  if (terms.length === words.length && matchAt(0)) return 2;
  if (words.length < 2) return 1;
  for (let i = 0; i + words.length <= terms.length; i++) if (matchAt(i)) return 1.5;
  return 1;
}
