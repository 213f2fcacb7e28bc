// Turns a page's JSX into the text of an .html file.

import type { Child } from "#html/jsx-runtime";
import type { OutputFile } from "../../output/output-file.js";

/**
 * One HTML output file from a JSX tree (the tree must be synchronous). A rendered page is a rope of
 * thousands of small strings, and emitters that return a list of pages would keep thousands of
 * ropes alive (gigabytes, measured): reading a character of the middle makes V8 flatten the rope
 * into one string at once. The sink encodes it (the disk's straight into the batch it sends).
 */
export function page(path: string, tree: Child): OutputFile {
  const text = `<!DOCTYPE html>\n${String(tree)}\n`;
  text.charCodeAt(text.length >> 1);
  return { path, content: text };
}
