// Files read into memory that worker threads share: a build reads the data folder once and hands
// every file's bytes to the check's worker. Sent as ordinary buffers, each batch of files was copied
// into a message and out of it again (≈ 30 MB each way on the snapshot, through buffers that were new
// memory each time: one page fault per 4 KB); views of a SharedArrayBuffer cross threads without a copy.

import { closeSync, openSync } from "node:fs";
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
      // Into the rest of the current chunk, without asking the file's size first (a system call per
      // file): a file that does not fit moves to memory of its own as it is read.
      const { into: view, length } = readToEnd(fd, this.#rest(), (n) => this.#alone(n));
      if (view.buffer === this.#chunk) this.#used += length;
      return view.subarray(0, length);
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  // The rest of the current chunk, or a new one when a sixteenth of it or less is left.
  #rest(): Uint8Array {
    if (!this.#chunk || this.chunkBytes - this.#used <= this.chunkBytes >> 4) {
      this.#chunk = new SharedArrayBuffer(this.chunkBytes);
      this.#used = 0;
    }
    return new Uint8Array(this.#chunk, this.#used, this.chunkBytes - this.#used);
  }

  #alone(size: number): Uint8Array {
    return new Uint8Array(new SharedArrayBuffer(size));
  }
}
