// Turns a page's JSX into the text of an .html file.

import type { Child } from "hono/jsx";
import type { OutputFile } from "../../output/output-file.js";

/** One HTML output file from a JSX tree (the tree must be synchronous). */
export function page(path: string, tree: Child): OutputFile {
  return { path, content: `<!DOCTYPE html>\n${String(tree)}\n` };
}
