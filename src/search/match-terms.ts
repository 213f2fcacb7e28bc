// Which index terms a query word matches, and how well: the shards it needs, then exact, prefix
// and one-typo matches among their terms.

import { prefixWithinOneEdit, withinOneEdit } from "./edit-distance.js";
import type { Posting, TermShard } from "./index-format.js";
import type { QueryWord } from "./query-words.js";

/** An index term a query word matches, with how much the match counts (1 for the word itself). */
export interface TermMatch {
  readonly term: string;
  readonly weight: number;
  readonly posting: Posting;
}

// A prefix whose completions span more shards than this would cost more than it finds: it then
// matches only itself until the next letter is typed.
const MAX_PREFIX_SHARDS = 3;
// The best expansions of a prefix or typo are enough: "dat" + 400 terms would only add noise and time.
const MAX_MATCHES = 24;

/** Files of the shards a word needs: the one holding the word, and for a prefix, those holding the terms it starts. */
export function shardsFor(shards: readonly (readonly [string, string])[], word: QueryWord): string[] {
  let lo = 0;
  let hi = shards.length - 1;
  // The last shard whose first term is ≤ the word.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((shards[mid]?.[0] ?? "") <= word.term) lo = mid;
    else hi = mid - 1;
  }
  let end = lo;
  if (word.prefix) while (end + 1 < shards.length && (shards[end + 1]?.[0] ?? "").startsWith(word.term)) end++;
  if (end - lo + 1 > MAX_PREFIX_SHARDS) end = lo;
  return shards.slice(lo, end + 1).map((s) => s[1]);
}

/** The terms of the loaded shards that `word` matches, best first. */
export function matchTerms(word: QueryWord, shards: readonly TermShard[]): TermMatch[] {
  const found = new Map<string, TermMatch>();
  const typed = word.term;
  for (const shard of shards) {
    for (const term of Object.keys(shard)) {
      let weight = 0;
      if (term === typed) weight = 1;
      else if (word.prefix && term.startsWith(typed)) weight = 0.5 + 0.4 * (typed.length / term.length);
      else if (word.fuzzy && withinOneEdit(typed, term)) weight = 0.6;
      else if (word.fuzzy && word.prefix && term.length > typed.length && prefixWithinOneEdit(typed, term)) weight = 0.4;
      if (weight > 0 && !found.has(term)) found.set(term, { term, weight, posting: shard[term] as Posting });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.weight - a.weight || b.posting[0] - a.posting[0] || (a.term < b.term ? -1 : 1))
    .slice(0, MAX_MATCHES);
}
