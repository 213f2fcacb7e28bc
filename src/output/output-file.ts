// OutputFile: one file of the built site, as emitters produce it and sinks write it.

/** A file of the site: its path relative to the site root (forward slashes) and its content. */
export interface OutputFile {
  readonly path: string;
  readonly content: string | Uint8Array;
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
  /** Writes the site; `record` is kept with it, so `lastBuild` can return it. */
  write(files: readonly OutputFile[], record?: BuildRecord): Promise<OutputStats>;
  /** The record of the build this sink holds, with its statistics, if it keeps one. */
  lastBuild?(): (BuildRecord & { stats: OutputStats }) | undefined;
}

/** Byte length of a file's content. */
export function byteLength(content: string | Uint8Array): number {
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
