// A min-heap of table corners ordered by (row, column): docutils sorts its corner list after every push,
// which is quadratic on wide tables; popping from a heap yields the same order in O(log n).

/** Priority queue of [row, column] pairs, smallest first. */
export class CornerQueue {
  private readonly heap: [number, number][] = [];

  get size(): number {
    return this.heap.length;
  }

  push(corner: [number, number]): void {
    const h = this.heap;
    h.push(corner);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): [number, number] | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && less(h[l]!, h[m]!)) m = l;
        if (r < h.length && less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

function less(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}
