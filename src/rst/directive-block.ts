// Splitting a directive block into arguments, options and content (docutils' parse_directive_block).
import { FIELD } from "./line-kinds.js";

/** What a directive accepts. */
export interface DirectiveSpec {
  required: number;
  optional: number;
  /** Whether the last argument may contain spaces. */
  finalWhitespace: boolean;
  options: boolean;
  content: boolean;
}

/** A parsed directive block. */
export interface DirectiveBlock {
  args: string[];
  options: Map<string, string>;
  content: string[];
  contentFirst: number;
}

/** Parse the block (lines after `.. name::`, first line being the rest of the marker line). Throws a message string on error. */
export function parseDirectiveBlock(lines: string[], first: number, spec: DirectiveSpec): DirectiveBlock {
  let indented = lines.slice();
  let offset = first;
  if (indented.length && indented[0]!.trim() === "") {
    indented.shift();
    offset++;
  }
  while (indented.length && indented[indented.length - 1]!.trim() === "") indented.pop();
  let argBlock: string[] = [];
  let content: string[];
  let contentFirst: number;
  let i = 0;
  const hasArgs = spec.required + spec.optional > 0;
  if (indented.length && (hasArgs || spec.options)) {
    while (i < indented.length && indented[i]!.trim() !== "") i++;
    argBlock = indented.slice(0, i);
    content = indented.slice(i + 1);
    contentFirst = offset + i + 1;
  } else {
    content = indented;
    contentFirst = offset;
  }
  const options = new Map<string, string>();
  if (spec.options) {
    const at = argBlock.findIndex((line) => FIELD.test(line));
    if (at !== -1) {
      parseOptions(argBlock.slice(at), options);
      argBlock = argBlock.slice(0, at);
    }
  }
  if (argBlock.length && !hasArgs) {
    content = argBlock.concat(indented.slice(i));
    contentFirst = offset;
    argBlock = [];
  }
  while (content.length && content[0]!.trim() === "") {
    content = content.slice(1);
    contentFirst++;
  }
  const args = hasArgs ? parseArguments(argBlock, spec) : [];
  if (content.length && !spec.content) throw "no content permitted";
  return { args, options, content, contentFirst };
}

function parseArguments(argBlock: string[], spec: DirectiveSpec): string[] {
  const text = argBlock.join("\n");
  let args = text.split(/\s+/).filter((a) => a !== "");
  if (args.length < spec.required) throw `${spec.required} argument(s) required, ${args.length} supplied`;
  const max = spec.required + spec.optional;
  if (args.length > max) {
    if (!spec.finalWhitespace) throw `maximum ${max} argument(s) allowed, ${args.length} supplied`;
    const head = args.slice(0, max - 1);
    let rest = text.trim();
    for (const a of head) rest = rest.slice(rest.indexOf(a) + a.length).trimStart();
    args = [...head, rest];
  }
  return args;
}

function parseOptions(block: string[], options: Map<string, string>): void {
  let current: string | undefined;
  for (const line of block) {
    const m = FIELD.exec(line);
    if (m) {
      const marker = m[0].slice(1);
      current = marker.slice(0, marker.lastIndexOf(":")).toLowerCase();
      options.set(current, line.slice(m[0].length).trim());
    } else if (current !== undefined) {
      options.set(current, (options.get(current) + " " + line.trim()).trim());
    }
  }
}
