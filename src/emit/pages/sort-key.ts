// Alphabetical order and A–Z buckets of names, the same on every index page.

import { transliterate } from "../../model/transliterate.js";

/** A key that sorts names alphabetically whatever their case and accents ("Émile" beside "Emil"). */
export function sortKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Sorts by `sortKey(name(x))`, then by `tie(x)` (a unique slug), so the order never depends on input order. */
export function sortByName<T>(items: readonly T[], name: (x: T) => string, tie: (x: T) => string): T[] {
  const keyed = items.map((x) => ({ x, k: sortKey(name(x)), t: tie(x) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  return keyed.map((e) => e.x);
}

/** The A–Z buckets of the index pages, in order; "other" holds digits, symbols and non-Latin scripts. */
export const LETTER_KEYS: readonly string[] = Object.freeze([..."abcdefghijklmnopqrstuvwxyz", "other"]);

/** The bucket of a name: its first Latin letter without accents ("Łukasz" → "l"), else "other". */
export function letterOf(name: string): string {
  const first = /[\p{L}\p{N}]/u.exec(name)?.[0];
  if (first === undefined || !/\p{Script=Latin}/u.test(first)) return "other";
  const base = transliterate(first).toLowerCase().charAt(0);
  return base >= "a" && base <= "z" ? base : "other";
}

/** How a bucket is shown: "A", or "Other" for the rest. */
export function letterLabel(key: string): string {
  return key === "other" ? "Other" : key.toUpperCase();
}
