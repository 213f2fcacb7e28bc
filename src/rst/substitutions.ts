// Substitution definition bodies (`.. |name| replace:: text`, `image::`, `unicode::`) as inline content.
import { report } from "./context.js";
import { imageData } from "./images.js";
import type { Inline } from "./nodes.js";
import type { BodyParser } from "./parser-types.js";
import { SIMPLENAME } from "./patterns.js";

const EMBEDDED_DIRECTIVE = new RegExp(`^(${SIMPLENAME})::( +|$)`, "u");

/** The inline nodes a substitution definition stands for, or undefined when it is empty or invalid. */
export function substitutionContent(p: BodyParser, content: string[], first: number, line: number, subname: string): Inline[] | undefined {
  const m = EMBEDDED_DIRECTIVE.exec(content[0]!);
  if (!m) return undefined;
  const name = m[1]!.toLowerCase();
  const argument = [content[0]!.slice(m[0].length), ...content.slice(1)];
  switch (name) {
    case "replace": {
      const text = argument.join("\n").trim();
      if (!text) {
        report(p.ctx, 3, `Content block expected for the "replace" directive; none found.`, line);
        return undefined;
      }
      // The replacement text is parsed as body elements and must be one paragraph.
      const blocks = p.nested(argument.map((l) => l.trimStart()), first);
      const paragraph = blocks[0];
      if (blocks.length !== 1 || paragraph?.kind !== "paragraph") {
        report(p.ctx, 3, `Error in "replace" directive: may contain a single paragraph only.`, line);
        return undefined;
      }
      return paragraph.children;
    }
    case "unicode":
      return [{ kind: "text", text: decodeUnicode(argument.join(" ")) }];
    case "image": {
      const image = imageData(p, argument, line, subname);
      return image ? [{ kind: "image", image }] : [];
    }
    case "date":
      return [{ kind: "text", text: new Date(0).toISOString().slice(0, 10) }];
    default:
      report(p.ctx, 3, `Unknown directive type "${m[1]}".`, line);
      return undefined;
  }
}

/** docutils' unicode directive: hex codes (0x.., U+.., &#x..;), decimal numbers and plain text. */
function decodeUnicode(text: string): string {
  const body = text.split(/ \.\. /)[0] ?? "";
  return body
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((word) => {
      const hex = /^(?:0x|x|\\x|U\+?|u|\\u|&#x)([0-9a-f]+);?$/i.exec(word);
      if (hex) return String.fromCodePoint(parseInt(hex[1]!, 16) % 0x110000);
      if (/^[0-9]+$/.test(word)) return String.fromCodePoint(Number(word) % 0x110000);
      return word;
    })
    .join("");
}
