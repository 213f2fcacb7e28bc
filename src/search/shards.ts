// Cuts the sorted term entries into shards of about `target` bytes: a query loads only the shards
// its terms (and, for the word being typed, the terms it is a prefix of) fall into. Every shard
// file is named after the hash of its text.

import { createHash } from "node:crypto";
import { lowerBound } from "./lower-bound.js";

/** A written term shard: its first term, how many terms, its file name (`t/{hash}.json`) and text (an object of term → posting, terms in order). */
export interface Shard {
  readonly first: string;
  readonly count: number;
  readonly name: string;
  readonly json: string;
}

/** Terms in code-unit order and the shard entry (`"term":[…]`) of each. */
export interface TermEntries {
  readonly terms: readonly string[];
  entry(term: string): string;
}

/** The first 10 hex digits of the SHA-256 of a text: the index files' names. */
export function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 10);
}

/**
 * Cuts the terms, in order, into shards of about `target` bytes of JSON, greedily: a shard closes
 * before the entry that would take it over. Given the previous cut and the terms whose entries
 * changed since (or were added or removed), an old shard is kept wherever the cut reaches its first
 * term and neither its entries nor the entry after it (which closed it) changed: the same greedy
 * cut, computed only around the changes.
 */
export function cutShards(index: TermEntries, target: number, previous: readonly Shard[] = [], touched?: ReadonlySet<string>): Shard[] {
  const terms = index.terms;
  const oldFrom = new Map<string, Shard>(touched ? previous.map((s) => [s.first, s]) : []);
  const changes = [...(touched ?? [])].map((t) => lowerBound(terms, t)).sort((a, b) => a - b);
  const shards: Shard[] = [];
  let next = 0;
  for (let i = 0; i < terms.length; ) {
    while (next < changes.length && (changes[next] as number) < i) next++;
    const old = oldFrom.get(terms[i] as string);
    if (old && i + old.count < (changes[next] ?? Infinity)) {
      shards.push(old);
      i += old.count;
      continue;
    }
    let end = i;
    let size = 0;
    for (; end < terms.length; end++) {
      const length = index.entry(terms[end] as string).length;
      if (size > 0 && size + length > target) break;
      size += length + 1;
    }
    shards.push(shardOf(index, terms, i, end));
    i = end;
  }
  return shards;
}

function shardOf(index: TermEntries, terms: readonly string[], start: number, end: number): Shard {
  const json = `{${terms.slice(start, end).map((t) => index.entry(t)).join(",")}}`;
  return { first: terms[start] as string, count: end - start, name: `t/${hashOf(json)}.json`, json };
}

