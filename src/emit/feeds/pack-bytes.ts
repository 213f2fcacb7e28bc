// Joins many small byte chunks into many files backed by one allocation.

/**
 * `files[i]` = concatenation of `parts[i]`, every result a view into one shared buffer. Tens of
 * thousands of separate allocations (Buffer.concat per file) cost more in garbage collection
 * than the copying itself; one allocation does not.
 */
export function packBytes(parts: readonly (readonly Buffer[])[]): Buffer[] {
  let total = 0;
  for (const chunks of parts) for (const c of chunks) total += c.byteLength;
  const arena = Buffer.allocUnsafeSlow(total);
  const out: Buffer[] = [];
  let at = 0;
  for (const chunks of parts) {
    const start = at;
    for (const c of chunks) {
      at += c.copy(arena, at);
    }
    out.push(arena.subarray(start, at));
  }
  return out;
}
