// Atomic file replacement: readers see the old file or the new one, never a half-written one,
// and a failed write leaves the old file as it was.

import { randomBytes } from "node:crypto";
import { open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** What `writeFileAtomic` can write: text (as UTF-8), bytes, or a stream of chunks. */
export type AtomicData = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Writes `data` to `path` through a temporary file in the same directory (so the final rename
 * stays on one file system), fsyncs it, then renames it over the target. An existing target's
 * permission bits are kept. A symbolic link at `path` is replaced by a regular file.
 */
export async function writeFileAtomic(path: string, data: AtomicData): Promise<void> {
  const mode = await existingMode(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  // "wx": never reuse a file that happens to exist under the temporary name.
  const handle = await open(temp, "wx", mode ?? 0o666);
  try {
    try {
      if (typeof data === "string" || data instanceof Uint8Array) await handle.writeFile(data);
      else for await (const chunk of data) await handle.writeFile(chunk);
      // open() applies the umask; chmod restores the target's exact bits.
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
