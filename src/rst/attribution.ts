// Block-quote attributions (`-- Author` after a blank line), as docutils' split_attribution.

/** A block quote split at its attribution. */
export interface AttributionSplit {
  quote: string[];
  attribution?: string[];
  rest: string[];
  consumed: number;
}

const ATTRIBUTION = /^(---?(?!-)|\u2014) *(?=[^ \n])/;

/** docutils' split_attribution: a `-- Name` line after a blank line ends a block quote. */
export function splitAttribution(lines: string[]): AttributionSplit {
  let blank = -2;
  let nonblankSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line !== "") {
      if (nonblankSeen && blank === i - 1) {
        const m = ATTRIBUTION.exec(line);
        if (m) {
          const end = attributionEnd(lines, i);
          if (end !== undefined) {
            const attribution = lines.slice(i, end.end).map((l, k) => (k === 0 ? l.slice(m[0].length) : l.slice(end.indent)));
            return { quote: lines.slice(0, i), attribution, rest: lines.slice(end.end), consumed: end.end };
          }
        }
      }
      nonblankSeen = true;
    } else {
      blank = i;
    }
  }
  return { quote: lines, rest: [], consumed: lines.length };
}

function attributionEnd(lines: string[], start: number): { end: number; indent: number } | undefined {
  let indent: number | undefined;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") return { end: i, indent: indent ?? 0 };
    const li = line.length - line.trimStart().length;
    if (indent === undefined) indent = li;
    else if (li !== indent) return undefined;
  }
  return { end: i, indent: indent ?? 0 };
}
