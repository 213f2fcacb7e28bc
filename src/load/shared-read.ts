// Files read into memory that worker threads share: a build reads the data folder once and hands
// every file's bytes to the check's worker. Sent as ordinary buffers, each batch of files was copied
// into a message and out of it again (≈ 30 MB each way on the snapshot, through buffers that were new
// memory each time: one page fault per 4 KB); views of a SharedArrayBuffer cross threads without a copy.

import { closeSync, fstatSync, openSync } from "node:fs";
import { readToEnd } from "./read-reusing.js";

// Files are read one after the other into chunks of this size (a larger file gets a chunk of its own).
const CHUNK = 4 << 20;

/** Reads whole files into shared memory; each view returned stays valid as long as it is referenced. */
export class SharedFileReader {
  #chunk: SharedArrayBuffer | undefined;
  #used = 0;

  constructor(readonly chunkBytes = CHUNK) {}

  /** The file's bytes, or undefined when it cannot be read (missing, a folder, no permission). */
  read(path: string): Uint8Array | undefined {
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch {
      return undefined;
    }
    try {
      const size = fstatSync(fd).size;
      // A file that grew since fstat is read on until its end (a chunk of its own when it outgrows the room).
      const { into: view, length } = readToEnd(fd, this.#room(size + 1), (n) => this.#alone(n));
      if (view.buffer === this.#chunk) this.#used += length;
      return view.subarray(0, length);
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  // `size` bytes at the end of the current chunk, or of a new one.
  #room(size: number): Uint8Array {
    if (size > this.chunkBytes) return this.#alone(size);
    if (!this.#chunk || this.#used + size > this.chunkBytes) {
      this.#chunk = new SharedArrayBuffer(this.chunkBytes);
      this.#used = 0;
    }
    return new Uint8Array(this.#chunk, this.#used, size);
  }

  #alone(size: number): Uint8Array {
    return new Uint8Array(new SharedArrayBuffer(size));
  }
}
