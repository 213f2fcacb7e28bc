// Cuts the sorted term entries into shards of about `target` bytes: a query loads only the shards
// its terms (and, for the word being typed, the terms it is a prefix of) fall into.

/** A shard before hashing: its first term and its JSON text (an object of term → posting, terms in order). */
export interface ShardText {
  readonly first: string;
  readonly json: string;
}

/** Shards from shard entries (`"term":[…]`) already sorted by term. */
export function cutShards(entries: readonly string[], target: number): ShardText[] {
  const shards: ShardText[] = [];
  let start = 0;
  let size = 0;
  const close = (end: number): void => {
    if (end > start) shards.push({ first: firstTerm(entries[start] ?? ""), json: `{${entries.slice(start, end).join(",")}}` });
    start = end;
    size = 0;
  };
  entries.forEach((entry, i) => {
    if (size > 0 && size + entry.length > target) close(i);
    size += entry.length + 1;
  });
  close(entries.length);
  return shards;
}

// The term of an entry: the JSON string before `:[` (a term is letters and digits, so it holds no `":[`).
function firstTerm(entry: string): string {
  return JSON.parse(entry.slice(0, entry.indexOf('":[') + 1)) as string;
}
