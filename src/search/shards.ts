// Cuts the sorted term list into shards of about `target` bytes: a query loads only the shards its
// terms (and, for the word being typed, the terms it is a prefix of) fall into.

import type { Posting } from "./index-format.js";

/** A shard before hashing: its first term and its JSON text (an object of term → posting, terms in order). */
export interface ShardText {
  readonly first: string;
  readonly json: string;
}

/** Terms in code-unit order (the client compares strings the same way), packed into shards. */
export function cutShards(postings: ReadonlyMap<string, Posting>, target: number): ShardText[] {
  const terms = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shards: ShardText[] = [];
  let entries: string[] = [];
  let first = "";
  let size = 0;
  const close = (): void => {
    if (entries.length > 0) shards.push({ first, json: `{${entries.join(",")}}` });
    entries = [];
    size = 0;
  };
  for (const term of terms) {
    // Written by hand so the terms keep their sorted order (JSON.stringify puts numeric keys first).
    const entry = `${JSON.stringify(term)}:${JSON.stringify(postings.get(term))}`;
    if (size > 0 && size + entry.length > target) close();
    if (entries.length === 0) first = term;
    entries.push(entry);
    size += entry.length + 1;
  }
  close();
  return shards;
}
