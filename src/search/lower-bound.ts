// Binary search in an ascending list (numbers, or strings in code-unit order).

/** The first position whose value is ≥ x (the list's length when none is). */
export function lowerBound<T extends string | number>(list: readonly T[], x: T): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as T) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
