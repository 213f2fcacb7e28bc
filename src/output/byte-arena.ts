// Small texts encoded as UTF-8 into shared chunks of memory.

// A chunk holds a hundred or more feed entries or API records. Node's own pool for Buffer.from is
// 8 KB, a new ArrayBuffer every three feed entries: in a profile of a cold build of the snapshot,
// Node's buffer allocation took 353 ms of the main thread, 325 ms of it making those pools; with
// these chunks it takes 89 ms.
const CHUNK = 256 << 10;
// Longer texts get a buffer of their own, so that a chunk is never mostly one text.
const LARGEST = CHUNK >> 4;

/**
 * Returns an encoder: each call gives a text's UTF-8 bytes as a view into a chunk shared with the
 * texts encoded before and after it (like Buffer.from's pool, in larger chunks). A chunk lives as
 * long as any of its views.
 */
export function byteArena(): (text: string) => Buffer {
  let chunk = Buffer.allocUnsafeSlow(CHUNK);
  let at = 0;
  return (text) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const room = text.length * 3;
    if (room > LARGEST) return Buffer.from(text, "utf8");
    if (at + room > CHUNK) {
      chunk = Buffer.allocUnsafeSlow(CHUNK);
      at = 0;
    }
    const start = at;
    at += chunk.write(text, at, "utf8");
    return chunk.subarray(start, at);
  };
}

/** Texts as UTF-8 one after the other in one buffer of their own (transferable to another thread), and where each ends. */
export interface PackedTexts {
  readonly bytes: Buffer;
  readonly ends: Int32Array;
}

/** Packs `texts` (see PackedTexts): many strings cross threads as one moved buffer instead of being serialized one by one. */
export function packTexts(texts: readonly string[]): PackedTexts {
  const ends = new Int32Array(texts.length);
  let total = 0;
  texts.forEach((t, i) => (ends[i] = total += Buffer.byteLength(t)));
  const bytes = Buffer.allocUnsafeSlow(total);
  texts.forEach((t, i) => bytes.write(t, i > 0 ? (ends[i - 1] as number) : 0, "utf8"));
  return { bytes, ends };
}

/** The bytes of the `i`-th text of a pack (a view). */
export function packedText(bytes: Uint8Array, ends: Int32Array, i: number): Uint8Array {
  return bytes.subarray(i > 0 ? ends[i - 1] : 0, ends[i]);
}
