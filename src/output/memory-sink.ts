// MemorySink: keeps the built site in a Map, so end-to-end tests build without touching the disk.

import { measure, sameContent, solid, type OutputFile, type OutputStats, type Sink, type SinkWriter } from "./output-file.js";

/** A sink holding the last committed output in memory. */
export class MemorySink implements Sink {
  readonly files = new Map<string, string | Uint8Array>();

  open(): SinkWriter {
    const added: OutputFile[] = [];
    return {
      add: (files) => {
        for (const f of files) added.push(f);
      },
      commit: async () => this.#replace(added),
      abort: async () => {},
    };
  }

  #replace(files: readonly OutputFile[]): OutputStats {
    const before = new Map(this.files);
    this.files.clear();
    let written = 0;
    for (const f of files) {
      const old = before.get(f.path);
      const content = solid(f.content);
      if (old === undefined || !sameContent(old, content)) written++;
      this.files.set(f.path, content);
    }
    const removed = [...before.keys()].filter((p) => !this.files.has(p)).length;
    return { ...measure(files), written, unchanged: files.length - written, removed };
  }

  /** The text of a file (throws when absent, naming the file). */
  text(path: string): string {
    const content = this.files.get(path);
    if (content === undefined) throw new Error(`no output file ${path}`);
    return typeof content === "string" ? content : Buffer.from(content).toString("utf8");
  }
}
