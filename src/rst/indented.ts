// Indented-block extraction: docutils' StringList.get_indented and its state-machine wrappers.

/** A run of lines taken out of a parent block, already stripped of the common indentation. */
export interface IndentedBlock {
  lines: string[];
  /** Absolute (1-based) line number of lines[0]. */
  first: number;
  /** Index in the parent line array just after the block. */
  end: number;
  /** Whether the block was followed by a blank line or the end of input. */
  blankFinish: boolean;
  indent: number;
}

function spaces(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

interface IndentOptions {
  untilBlank?: boolean;
  blockIndent?: number;
  firstIndent?: number;
  stripIndent?: boolean;
  stripTop?: boolean;
}

/** Collect the indented block starting at `start`; `first` is the absolute line number of lines[0]. */
export function getIndented(lines: readonly string[], start: number, first: number, opts: IndentOptions = {}): IndentedBlock {
  const { untilBlank = false, blockIndent, stripIndent = true, stripTop = true } = opts;
  let firstIndent = opts.firstIndent;
  if (blockIndent !== undefined && firstIndent === undefined) firstIndent = blockIndent;
  let indent: number | undefined = blockIndent;
  let end = start;
  if (firstIndent !== undefined) end++;
  const last = lines.length;
  let blankFinish = true;
  while (end < last) {
    const line = lines[end]!;
    if (line !== "" && (line.charCodeAt(0) !== 32 || (blockIndent !== undefined && spaces(line) < blockIndent))) {
      blankFinish = end > start && lines[end - 1] === "";
      break;
    }
    if (line === "") {
      if (untilBlank) {
        blankFinish = true;
        break;
      }
    } else if (blockIndent === undefined) {
      const li = spaces(line);
      indent = indent === undefined ? li : Math.min(indent, li);
    }
    end++;
  }
  const block = lines.slice(start, end);
  if (firstIndent !== undefined && block.length > 0) block[0] = block[0]!.slice(firstIndent);
  const cut = indent ?? 0;
  if (cut && stripIndent) {
    for (let i = firstIndent !== undefined ? 1 : 0; i < block.length; i++) block[i] = block[i]!.slice(cut);
  }
  let top = 0;
  if (stripTop) while (top < block.length && block[top]!.trim() === "") top++;
  return { lines: top ? block.slice(top) : block, first: first + start + top, end, blankFinish, indent: cut };
}

/** Drop trailing blank lines. */
export function trimEnd(lines: string[]): string[] {
  let n = lines.length;
  while (n > 0 && lines[n - 1]!.trim() === "") n--;
  return n === lines.length ? lines : lines.slice(0, n);
}
