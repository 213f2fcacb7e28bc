// Inline HTML: phrase markup, references (only http, https, mailto or internal links) and inline images.
import { escapeHtml, escapeUri, isSafeUri } from "./escape.js";
import { imageHtml } from "./html-image.js";
import type { Inline } from "./nodes.js";
import { inlineText, makeId } from "./text.js";

/** Append the HTML of inline nodes to `o`. */
export function writeInlines(o: string[], nodes: Inline[]): void {
  for (const node of nodes) {
    switch (node.kind) {
      case "text":
        o.push(escapeHtml(node.text));
        break;
      case "problematic":
        o.push(escapeHtml(node.text));
        break;
      case "emphasis":
        wrap(o, "<em>", node.children, "</em>");
        break;
      case "strong":
        wrap(o, "<strong>", node.children, "</strong>");
        break;
      case "literal":
        o.push('<code class="docutils literal">', escapeHtml(node.text), "</code>");
        break;
      case "cite":
        wrap(o, "<cite>", node.children, "</cite>");
        break;
      case "sub":
        wrap(o, "<sub>", node.children, "</sub>");
        break;
      case "sup":
        wrap(o, "<sup>", node.children, "</sup>");
        break;
      case "span":
        if (node.className === "code") wrap(o, "<code>", node.children, "</code>");
        else if (node.className === "abbr" || node.className === "acronym") wrap(o, `<${node.className}>`, node.children, `</${node.className}>`);
        else wrap(o, `<span class="${escapeHtml(node.className)}">`, node.children, "</span>");
        break;
      case "reference":
        reference(o, node);
        break;
      case "inline-target":
        wrap(o, `<span class="target" id="${escapeHtml(makeId(node.names[0] ?? ""))}">`, node.children, "</span>");
        break;
      case "substitution":
        writeInlines(o, node.children);
        break;
      case "footnote-reference":
        if (node.ref.target) o.push(`<a class="footnote-reference" href="#${escapeHtml(node.ref.target)}">[${escapeHtml(node.ref.display ?? "")}]</a>`);
        else o.push(escapeHtml(`[${node.ref.display ?? node.ref.label}]_`));
        break;
      case "image":
        o.push(imageHtml(node.image));
        break;
    }
  }
}

function wrap(o: string[], open: string, children: Inline[], close: string): void {
  o.push(open);
  writeInlines(o, children);
  o.push(close);
}

/** A resolved reference links (http, https, mailto or internal); anything else shows its text. */
function reference(o: string[], node: Extract<Inline, { kind: "reference" }>): void {
  const { ref } = node;
  if (ref.broken) {
    o.push(escapeHtml(node.raw ?? inlineText(node.children)));
    return;
  }
  if (ref.uri !== undefined && isSafeUri(ref.uri)) {
    wrap(o, `<a class="reference external" href="${escapeUri(ref.uri)}">`, node.children, "</a>");
  } else if (ref.internal !== undefined) {
    wrap(o, `<a class="reference internal" href="#${escapeHtml(ref.internal)}">`, node.children, "</a>");
  } else {
    writeInlines(o, node.children);
  }
}
