// Option lists (`-v  Verbose output`), as docutils' option_marker / parse_option_marker.
import { report } from "./context.js";
import { getIndented } from "./indented.js";
import { OPTION } from "./line-kinds.js";
import type { OptionListItem } from "./nodes.js";
import type { ConstructParser } from "./parser-types.js";

type Option = OptionListItem["options"][number];

/** docutils' parse_option_marker; undefined when an option string has too many parts. */
function parseOptions(marker: string): Option[] | undefined {
  const options: Option[] = [];
  for (const optionString of marker.trimEnd().split(", ")) {
    let tokens = optionString.split(/\s+/).filter((t) => t !== "");
    let delimiter = " ";
    const head = tokens[0] ?? "";
    const eq = head.indexOf("=");
    if (eq !== -1) {
      tokens = [head.slice(0, eq), head.slice(eq + 1), ...tokens.slice(1)];
      delimiter = "=";
    } else if (head.length > 2 && ((head.startsWith("-") && !head.startsWith("--")) || head.startsWith("+"))) {
      tokens = [head.slice(0, 2), head.slice(2), ...tokens.slice(1)];
      delimiter = "";
    }
    if (tokens.length > 1 && tokens[1]!.startsWith("<") && tokens[tokens.length - 1]!.endsWith(">")) {
      tokens = [tokens[0]!, tokens.slice(1).join(" ")];
    }
    if (tokens.length < 1 || tokens.length > 2) return undefined;
    const option: Option = { name: tokens[0]!, delimiter };
    if (tokens.length > 1) option.argument = tokens[1]!;
    options.push(option);
  }
  return options;
}

/** Option list starting at line i; undefined when the first item has no description (then it is text). */
export const optionList: ConstructParser = (p, lines, i, first, out) => {
  const items: OptionListItem[] = [];
  let j = i;
  let blankFinish = true;
  for (;;) {
    const m = OPTION.exec(lines[j]!)!;
    const block = getIndented(lines, j, first, { firstIndent: m[0].length });
    const options = parseOptions(m[0]);
    if (block.lines.length === 0 || !options) {
      if (items.length === 0) {
        if (!options) report(p.ctx, 3, `Invalid option list marker: ${m[0].trim()}`, first + j);
        return undefined;
      }
      break;
    }
    items.push({ options, description: p.nested(block.lines, block.first) });
    j = block.end;
    blankFinish = block.blankFinish;
    const next = lines[j];
    if (next === undefined || !OPTION.test(next)) break;
  }
  out.push({ kind: "option-list", items });
  if (!blankFinish) report(p.ctx, 2, "Option list ends without a blank line; unexpected unindent.", first + j);
  return j;
};
