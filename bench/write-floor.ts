// The floor under a cold build on this machine: the time a minimal writer (one thread, files held
// in memory, no rendering, hashing or checking) takes to create the same files in a fresh folder.
// On a small VM's disk, creating 120,000 files is kernel work that no generator avoids.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { removeLater } from "./cleanup.js";
import { dirname, join } from "node:path";

/** What writing a built site's files again took. */
export interface WriteFloor {
  files: number;
  ms: number;
  /** CPU time of this process while writing (user, system), in ms. */
  userMs: number;
  systemMs: number;
}

/** Writes every file under `site` again into a sibling folder, timing the writes only. */
export function writeFloor(site: string): WriteFloor {
  const files: [string, Buffer][] = [];
  for (const entry of readdirSync(site, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.push([path.slice(site.length + 1), readFileSync(path)]);
    }
  const target = `${site}-write-floor`;
  rmSync(target, { recursive: true, force: true });
  const made = new Set<string>();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const [path, bytes] of files) {
    const dir = dirname(join(target, path));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(join(target, path), bytes);
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  removeLater(target);
  return { files: files.length, ms, userMs: used.user / 1000, systemMs: used.system / 1000 };
}
