// Turns a page's JSX into the bytes of an .html file.

import type { Child } from "#html/jsx-runtime";
import type { OutputFile } from "../../output/output-file.js";

/**
 * One HTML output file from a JSX tree (the tree must be synchronous). The text is encoded to
 * bytes at once: a rendered page is a rope of thousands of small strings, and emitters that return
 * a list of pages would otherwise keep thousands of such ropes alive (gigabytes, measured).
 */
export function page(path: string, tree: Child): OutputFile {
  return { path, content: Buffer.from(`<!DOCTYPE html>\n${String(tree)}\n`) };
}
