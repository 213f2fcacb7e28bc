// "At most one typo" between a typed word and an index term: one letter inserted, deleted,
// replaced, or two neighbours swapped (Damerau), tested without building a distance matrix.

/** True when `a` and `b` differ by at most one edit. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // Replace one letter, or swap two neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // Insert or delete one letter.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when some prefix of `term` is at most one edit from `typed` (the word is still being typed). */
export function prefixWithinOneEdit(typed: string, term: string): boolean {
  for (let n = typed.length - 1; n <= typed.length + 1; n++) {
    if (n > 0 && n <= term.length && withinOneEdit(typed, term.slice(0, n))) return true;
  }
  return false;
}
