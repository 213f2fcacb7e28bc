// Adversarial inputs of about 150 KB: each must render in well under a second and never throw.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderRst } from "./index.js";

const SIZE = 150_000;
const LIMIT_MS = 1000;

function fill(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function lines(count: number, make: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(make(i));
  return out.join("\n");
}

const CASES: Record<string, () => string> = {
  "unclosed backquotes": () => fill("`a "),
  "unclosed double backquotes": () => fill("``a "),
  "unclosed emphasis": () => fill("*a "),
  "unclosed strong": () => fill("**a "),
  "unclosed substitution references": () => fill("|a "),
  "unclosed inline targets": () => fill("_`a "),
  "unclosed roles": () => fill(":a:`b "),
  "role-like colons": () => fill(":a"),
  "backquotes without spaces": () => fill("`"),
  "stars without spaces": () => fill("*"),
  "underscores in one word": () => fill("a_"),
  "dotted word without underscore": () => fill("a."),
  "colon-separated word": () => fill("a:"),
  "colon word ending in a non-URI character": () => fill("a:b") + "é",
  "slashes and ats": () => fill("a/a@"),
  "e-mail-like run without a host": () => fill("a.") + "@",
  "opening brackets": () => fill("["),
  "footnote-like brackets": () => fill("[a"),
  "angle brackets in a phrase reference": () => "`" + fill("< a ", SIZE - 4) + "`_",
  "thousands of bullet markers": () => lines(30_000, () => "- x"),
  "thousands of bullet markers on one line": () => fill("- "),
  "thousands of enumerators": () => lines(20_000, (i) => `${i + 1}. x`),
  "thousands of auto-enumerators on one line": () => fill("#. "),
  "a 30,000-character underline": () => "Title\n" + "=".repeat(30_000) + "\n\n" + fill("text ", 100_000),
  "a 30,000-character transition": () => "Intro\n\n" + "-".repeat(30_000) + "\n\nAfter\n",
  "a 30,000-character overline": () => "=".repeat(30_000) + "\nTitle\n" + "=".repeat(30_000) + "\n",
  "a wide grid table border": () => "+" + "-".repeat(30_000) + "+\n|" + " ".repeat(30_000) + "|\n+" + "-".repeat(30_000) + "+\n",
  "a grid table with many columns": () => {
    const border = "+" + "-+".repeat(10_000);
    return [border, "|" + "x|".repeat(10_000), border, "|" + "y|".repeat(10_000), border].join("\n");
  },
  "a tall grid table": () => {
    const border = "+---+---+";
    return [border, ...Array.from({ length: 15_000 }, () => "| a | b |\n" + border)].join("\n");
  },
  "a grid table with broken interior separators": () => {
    const border = "+" + "-+".repeat(300);
    const row = "|" + " +".repeat(300);
    return [border, ...Array.from({ length: 250 }, () => row), border].join("\n");
  },
  "a simple table with many rows": () => ["=====  =====", ...Array.from({ length: 15_000 }, () => "a      b"), "=====  ====="].join("\n"),
  "a simple table with many columns": () => {
    const border = "= ".repeat(20_000).trimEnd();
    return [border, "a ".repeat(20_000), border].join("\n");
  },
  "deep indentation": () => lines(540, (i) => " ".repeat(i) + "text"),
  "deeply nested block quotes": () => lines(540, (i) => " ".repeat(i) + "text\n"),
  "deeply nested lists": () => lines(500, (i) => " ".repeat(2 * i) + "- item\n"),
  "deeply nested line blocks": () => lines(540, (i) => "|" + " ".repeat(i + 1) + "line"),
  "thousands of targets and references": () =>
    lines(3000, (i) => `ref${i}_ and \`phrase ${i} <https://example.com/${i}>\`_`) + "\n\n" + lines(3000, (i) => `.. _ref${i}: https://example.com/r${i}`),
  "thousands of anonymous references without targets": () => fill("x__ "),
  "thousands of substitution references": () => fill("|x| ") + "\n\n.. |x| replace:: y\n",
  "a self-referencing substitution": () => "|a|\n\n.. |a| replace:: |a| |a|\n",
  "a long literal block": () => "Code::\n\n" + lines(10_000, () => "    some code here"),
  "many definition list items": () => lines(10_000, () => "term\n  definition"),
  "many field list items": () => lines(10_000, (i) => `:f${i}: value`),
  "many option list items": () => lines(10_000, (i) => `--opt${i}  description`),
  "many directives": () => lines(5_000, () => ".. note:: x\n"),
  "many unknown directives": () => lines(5_000, () => ".. foo:: x\n"),
  "a long line of raw html": () => fill("<script>alert(1)</script>"),
  "random punctuation soup": () => fill("*_`|[]:<>-=+.#\\ "),
};

describe("adversarial inputs render in linear time", () => {
  for (const [name, make] of Object.entries(CASES)) {
    test(`${name} renders in under ${LIMIT_MS} ms`, () => {
      const text = make();
      // The best of three tries: a shared, busy machine can stall one run, but a super-linear case
      // (seconds to minutes on these inputs) fails all of them.
      let elapsed = Infinity;
      let result = renderRst("");
      for (let attempt = 0; attempt < 3 && elapsed >= LIMIT_MS; attempt++) {
        const start = performance.now();
        result = renderRst(text);
        elapsed = Math.min(elapsed, performance.now() - start);
      }
      assert.ok(elapsed < LIMIT_MS, `${name}: ${elapsed.toFixed(0)} ms`);
      assert.ok(!result.diagnostics.some((d) => d.message.startsWith("Internal error")), JSON.stringify(result.diagnostics[0]));
      assert.ok(!result.html.includes("<script"));
    });
  }
});
