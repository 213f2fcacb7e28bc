// OutputFile: one file of the built site, as emitters produce it and sinks write it.

/** A file of the site: its path relative to the site root (forward slashes) and its content. */
export interface OutputFile {
  readonly path: string;
  readonly content: Content;
}

/** What a file holds: text (written as UTF-8), bytes, or pieces of either. */
export type Content = string | Uint8Array | Pieces;

/**
 * A file's content as pieces written one after the other (strings as UTF-8), such as a feed made of
 * entries that many feeds share: DiskSink copies each piece straight to where the file's bytes go,
 * so the file is never joined into a buffer of its own (for the snapshot's feeds, 128 MB allocated
 * and copied once more); sinks that keep contents join them (`solid`).
 */
export class Pieces {
  constructor(readonly parts: readonly (string | Uint8Array)[]) {}

  get byteLength(): number {
    let n = 0;
    for (const p of this.parts) n += typeof p === "string" ? Buffer.byteLength(p) : p.byteLength;
    return n;
  }

  /** At least `byteLength`, without measuring texts (UTF-8 takes at most 3 bytes per UTF-16 unit). */
  get byteLengthAtMost(): number {
    let n = 0;
    for (const p of this.parts) n += typeof p === "string" ? p.length * 3 : p.byteLength;
    return n;
  }

  /** Writes the pieces into `target` from `at` on (it must have room); returns where they end. */
  copyTo(target: Buffer, at: number): number {
    for (const p of this.parts) {
      if (typeof p === "string") at += target.write(p, at, "utf8");
      else {
        target.set(p, at);
        at += p.byteLength;
      }
    }
    return at;
  }

  /** The pieces joined into one buffer. */
  join(): Buffer {
    const out = Buffer.allocUnsafeSlow(this.byteLength);
    this.copyTo(out, 0);
    return out;
  }
}

/** A content as text or bytes (pieces joined), for whatever keeps or compares contents. */
export function solid(content: Content): string | Uint8Array {
  return content instanceof Pieces ? content.join() : content;
}

/** What writing the output did. */
export interface OutputStats {
  files: number;
  bytes: number;
  /** Files written because they are new or changed. */
  written: number;
  /** Files kept as they were (not rewritten). */
  unchanged: number;
  /** Files of the previous output that no longer exist. */
  removed: number;
  /** The largest HTML page. */
  largestPage: { path: string; bytes: number };
}

/** What a build keeps beside its output: the fingerprint of its input and its result. */
export interface BuildRecord {
  input: string;
  /** The build's own summary (the sink stores it without looking inside). */
  result: unknown;
}

/** Where a build's output goes: a folder on disk, or memory for tests. */
export interface Sink {
  /** Starts writing a new version of the site. */
  open(): SinkWriter;
  /** The record of the build this sink holds, with its statistics, if it keeps one. */
  lastBuild?(): (BuildRecord & { stats: OutputStats }) | undefined;
}

/** One version of the site being written: files are added as they are rendered, then committed. */
export interface SinkWriter {
  /** Adds files (each path once per version); a sink may start writing them at once. */
  add(files: Iterable<OutputFile>): void;
  /** Makes the new version the site (keeping `record` with it); nothing of it is visible before. */
  commit(record?: BuildRecord): Promise<OutputStats>;
  /** Drops the new version; the previous site stays as it was. */
  abort(): Promise<void>;
}

/** Writes `files` as the new version of the site in one go. */
export async function writeAll(sink: Sink, files: readonly OutputFile[], record?: BuildRecord): Promise<OutputStats> {
  const writer = sink.open();
  writer.add(files);
  return writer.commit(record);
}

/** Byte length of a file's content. */
export function byteLength(content: Content): number {
  return typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
}

/** Size statistics shared by the sinks. */
export function measure(files: readonly OutputFile[]): Pick<OutputStats, "files" | "bytes" | "largestPage"> {
  let bytes = 0;
  let largestPage = { path: "", bytes: 0 };
  for (const f of files) {
    const n = byteLength(f.content);
    bytes += n;
    if (f.path.endsWith(".html") && n > largestPage.bytes) largestPage = { path: f.path, bytes: n };
  }
  return { files: files.length, bytes, largestPage };
}

/** True when two contents hold the same bytes (an absent one equals only another absent one); compares views, never copies. */
export function sameContent(a: string | Uint8Array | undefined, b: string | Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === "string" && typeof b === "string") return a === b;
  const bytes = (x: string | Uint8Array): Buffer => (typeof x === "string" ? Buffer.from(x) : Buffer.from(x.buffer, x.byteOffset, x.byteLength));
  return bytes(a).equals(bytes(b));
}
