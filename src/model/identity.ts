// Identity keys for speakers and tags (which spellings are one person, one tag), the deterministic
// choice of a display spelling among them, and the "probably the same person" hint for curators.

// Latin letters that Unicode does not decompose into a base letter plus an accent.
const UNDECOMPOSABLE: Readonly<Record<string, string>> = Object.freeze({
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h", ŧ: "t", ŋ: "n",
});
const UNDECOMPOSABLE_RE = /[ßæœøłđðþıħŧŋ]/g;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;
const TAG_SEPARATORS = /[\s_\-‐-―]+/gu;

/** A name's lower-case, accent-free words: the material of personKey and of the similarity hints. */
export function nameTokens(name: string): string[] {
  const folded = ASCII.test(name)
    ? name.toLowerCase()
    : name
        .normalize("NFKD")
        .replace(MARKS, "")
        // Recompose what is not an accent (Hangul syllables decompose into letters under NFKD).
        .normalize("NFC")
        .toLowerCase()
        .replace(UNDECOMPOSABLE_RE, (ch) => UNDECOMPOSABLE[ch] ?? ch);
  return folded.split(NOT_LETTER_OR_DIGIT).filter((token) => token !== "");
}

/**
 * One key per person across spellings that differ only by case, accents, hyphens, dots, apostrophes
 * or spacing: "José García-López", "jose garcia lopez" and "JOSE GARCIA  LOPEZ" share "josegarcialopez".
 * Scripts without case or accents (CJK) are kept as they are, not transliterated, so that two
 * different names never meet through a shared romanisation. A name with no letters keys to "".
 */
export function personKey(name: string): string {
  return nameTokens(name).join("");
}

/**
 * One key per tag across spellings that differ only by case or by hyphens, underscores and spaces
 * between words: "Machine Learning", "machine-learning" and "machine_learning" share "machine-learning".
 * Other punctuation is meaningful in tags ("C", "C++", "C#") and is kept.
 */
export function tagKey(tag: string): string {
  return tag.normalize("NFKC").toLowerCase().replace(TAG_SEPARATORS, "-").replace(/^-+|-+$/g, "");
}

// Ranks spellings seen equally often; higher is better.
function spellingQuality(text: string): [number, number, number] {
  const tidy = text === text.trim() && !/\s\s/.test(text) ? 1 : 0;
  const hasUpper = /\p{Lu}/u.test(text);
  const hasLower = /\p{Ll}/u.test(text);
  // Mixed case ("Ana María") beats shouting or all-lower; caseless scripts sit in between.
  const casing = hasUpper && hasLower ? 2 : !hasUpper && !hasLower ? 1 : 0;
  // Accents someone bothered to type are more likely right than their absence.
  const accents = text.normalize("NFKD").match(MARKS)?.join("").length ?? 0;
  return [tidy, casing, accents];
}

/**
 * The display spelling among variants with their use counts: the most used; on a tie the tidiest
 * (no stray or doubled spaces), then mixed case over all-upper/all-lower, then the one with the most
 * accents, then the smallest in code-unit order. Independent of the map's insertion order.
 * Throws on an empty map, which has no spelling to choose.
 */
export function chooseDisplay(variants: ReadonlyMap<string, number>): string {
  let best: string | undefined;
  let bestRank: number[] = [];
  for (const [text, count] of variants) {
    const rank = [count, ...spellingQuality(text)];
    if (best === undefined || compareRanks(rank, bestRank) > 0 || (compareRanks(rank, bestRank) === 0 && text < best)) {
      best = text;
      bestRank = rank;
    }
  }
  if (best === undefined) throw new RangeError("chooseDisplay needs at least one variant");
  return best;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

// Shortest word in which a one-letter difference is taken for a typo, and for a replaced letter,
// since "Bauer"/"Bayer" and "Waite"/"White" are other people.
const MIN_TYPO_WORD = 5;
const MIN_REPLACED_LETTER_WORD = 7;

interface Person {
  key: string;
  tokens: string[];
  words: string; // tokens joined by spaces
  names: string[];
}

/**
 * Groups of speaker spellings that probably name one person although their personKeys differ, for a
 * warning to curators (not for merging: that is a curator's decision). Two spellings are linked when
 * their words are the same in another order ("Garcia Jose" / "Jose Garcia"); when one has an initial
 * where exactly one other has a full first name ("J. Smith" / "John Smith"); when one lacks a middle
 * word or leading initial of the other ("Jesse Jiryu Davis" / "A. Jesse Jiryu Davis"); or when all
 * words but one are equal and that one shows a typo after its first letter (a letter added, dropped
 * or swapped in a word of 5+ letters, or replaced in one of 7+; no digits): "Bassett"/"Basset" yes,
 * "Hall"/"Hill", "Kelly"/"Skelly", "Day 1"/"Day 2" no. Each group lists every spelling given, sorted;
 * groups are sorted too. Candidate pairs come from hashed blocks, never from comparing all pairs.
 */
export function similarPersonGroups(names: readonly string[]): string[][] {
  const people = collectPeople(names);
  const parent = people.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (const [a, b] of candidatePairs(people)) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, Person[]>();
  people.forEach((person, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [person]);
    else group.push(person);
  });
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => group.flatMap((person) => person.names).sort())
    .sort((a, b) => compareText(a[0] ?? "", b[0] ?? ""));
}

// Distinct people by key, sorted by key so that everything downstream is order-independent.
function collectPeople(names: readonly string[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const name of new Set(names)) {
    const tokens = nameTokens(name);
    const key = tokens.join("");
    if (key === "") continue;
    const words = tokens.join(" ");
    const person = byKey.get(key);
    if (person === undefined) {
      byKey.set(key, { key, tokens, words, names: [name] });
      continue;
    }
    person.names.push(name);
    // Prefer the spelling with the most word boundaries ("Mary Ann" over "Maryann"), then the smallest.
    if (tokens.length > person.tokens.length || (tokens.length === person.tokens.length && words < person.words)) {
      person.tokens = tokens;
      person.words = words;
    }
  }
  return [...byKey.values()].sort((a, b) => compareText(a.key, b.key));
}

function candidatePairs(people: readonly Person[]): [number, number][] {
  const pairs: [number, number][] = [];
  const byWords = new Map<string, number>();
  const bySortedWords = new Map<string, number>();
  // Full names by initial + other words; -1 once two full names share a block ("John/Jane Smith").
  const fullNameByInitial = new Map<string, number>();
  // Words with one word reduced to its first letter and position: where a typo in that word can hide.
  const byTypoSlot = new Map<string, number[]>();
  for (let i = 0; i < people.length; i++) {
    const { tokens, words } = people[i] as Person;
    byWords.set(words, i);
    if (tokens.length < 2) continue;
    const sorted = tokens.slice().sort().join(" ");
    const sameWords = bySortedWords.get(sorted);
    if (sameWords === undefined) bySortedWords.set(sorted, i);
    else pairs.push([sameWords, i]);
    const first = tokens[0] ?? "";
    if (first.length > 1) {
      const slot = first.slice(0, 1) + words.slice(first.length);
      fullNameByInitial.set(slot, fullNameByInitial.has(slot) ? -1 : i);
    }
    for (let at = 0, offset = 0; at < tokens.length; offset += (tokens[at]?.length ?? 0) + 1, at++) {
      const length = tokens[at]?.length ?? 0;
      if (length < MIN_TYPO_WORD - 1) continue;
      const slot = `${words.slice(0, offset + 1)}*${words.slice(offset + length)}`;
      const block = byTypoSlot.get(slot);
      if (block === undefined) byTypoSlot.set(slot, [i]);
      else block.push(i);
    }
  }
  people.forEach(({ tokens }, i) => {
    const first = tokens[0] ?? "";
    // A middle word, or a leading initial, left out: the shorter spelling exists as it is.
    for (let at = 0; tokens.length >= 3 && at < tokens.length - 1; at++) {
      if (at === 0 && first.length > 1) continue;
      const shorter = byWords.get(tokens.filter((_, other) => other !== at).join(" "));
      if (shorter !== undefined) pairs.push([shorter, i]);
    }
    // "J. Smith" is linked only when a single full name fits; with John and Jane Smith it is anyone's.
    const full = first.length === 1 && tokens.length >= 2 ? fullNameByInitial.get(tokens.join(" ")) : undefined;
    if (full !== undefined && full >= 0) pairs.push([full, i]);
  });
  for (const block of byTypoSlot.values()) {
    for (let a = 0; a < block.length; a++) {
      for (let b = a + 1; b < block.length; b++) {
        const [i = 0, j = 0] = [block[a], block[b]];
        if (typoBetween(people[i]?.tokens ?? [], people[j]?.tokens ?? [])) pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

// Word lists of one length that differ in exactly one word, by a typo long words can carry.
function typoBetween(a: readonly string[], b: readonly string[]): boolean {
  const at = a.findIndex((token, i) => token !== b[i]);
  const mine = a[at] ?? "";
  const theirs = b[at] ?? "";
  if (at < 0 || a.some((token, i) => i > at && token !== b[i]) || /[0-9]/.test(mine + theirs)) return false;
  const replaced = mine.length === theirs.length && [...mine].filter((ch, i) => ch !== theirs[i]).length === 1;
  const longest = Math.max(mine.length, theirs.length);
  return withinOneTypo(mine, theirs) && longest >= (replaced ? MIN_REPLACED_LETTER_WORD : MIN_TYPO_WORD);
}

// One letter inserted, deleted or replaced, or two neighbours swapped. Compares code units through
// the common prefix and suffix without building strings.
function withinOneTypo(a: string, b: string): boolean {
  const x = a.length <= b.length ? a : b;
  const y = x === a ? b : a;
  if (y.length - x.length > 1 || a === b) return false;
  let prefix = 0;
  while (prefix < x.length && x.charCodeAt(prefix) === y.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < x.length - prefix && x.charCodeAt(x.length - 1 - suffix) === y.charCodeAt(y.length - 1 - suffix)) suffix++;
  if (x.length < y.length) return prefix + suffix >= x.length;
  if (prefix + suffix === x.length - 1) return true;
  return (
    prefix + suffix === x.length - 2 &&
    x.charCodeAt(prefix) === y.charCodeAt(prefix + 1) &&
    x.charCodeAt(prefix + 1) === y.charCodeAt(prefix)
  );
}

// Code-unit order: the same on every machine, unlike locale collation.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
