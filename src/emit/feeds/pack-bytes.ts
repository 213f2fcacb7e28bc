// Joins many chunks (shared encoded bytes, or text) into many files backed by one allocation.

/**
 * `files[i]` = concatenation of `parts[i]` (strings written as UTF-8), every result a view into one
 * shared buffer. Tens of thousands of separate allocations (Buffer.concat per file) cost more in
 * garbage collection than the copying itself; one allocation does not.
 */
export function packBytes(parts: readonly (readonly (Uint8Array | string)[])[]): Buffer[] {
  let total = 0;
  for (const chunks of parts) for (const c of chunks) total += typeof c === "string" ? Buffer.byteLength(c) : c.byteLength;
  const arena = Buffer.allocUnsafeSlow(total);
  const out: Buffer[] = [];
  let at = 0;
  for (const chunks of parts) {
    const start = at;
    for (const c of chunks) {
      if (typeof c === "string") at += arena.write(c, at, "utf8");
      else {
        arena.set(c, at);
        at += c.byteLength;
      }
    }
    out.push(arena.subarray(start, at));
  }
  return out;
}
