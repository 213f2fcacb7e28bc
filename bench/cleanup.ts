// Folders the bench made, removed when it ends. Deleting 120,000 files makes this kind of disk
// (ext4) slow to create new ones for minutes — its inode allocator skips recently deleted inodes —
// so a part that deleted its site in the middle of the bench slowed the parts after it (a cold
// build 11.9 s at rest took 17 s right after such a deletion; see the README's design notes).

import { rmSync } from "node:fs";

const folders: string[] = [];

/** Removes `path` when the bench ends, not now. */
export function removeLater(path: string): void {
  folders.push(path);
}

/** Removes every folder given to `removeLater`. */
export function removeAll(): void {
  for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true });
}
