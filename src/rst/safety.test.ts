// Safety by construction: escaped text, links limited to http/https/mailto, raw/include refused, no throws.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderRst } from "./index.js";

const PAYLOAD = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

/** Every href and src attribute value in the output. */
function urls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
}

/** Tags that may appear in our output; anything else would have come from the input. */
const ALLOWED_TAGS = new Set([
  "p", "em", "strong", "tt", "code", "cite", "sub", "sup", "span", "abbr", "acronym", "a", "ul", "ol", "li", "dl", "dt", "dd",
  "pre", "blockquote", "div", "h4", "h5", "h6", "hr", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "caption",
  "img", "kbd", "var", "br",
]);

function assertOnlyOurTags(html: string): void {
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)) assert.ok(ALLOWED_TAGS.has(m[1]!.toLowerCase()), `unexpected tag <${m[1]}> in ${html}`);
}

describe("renderRst escapes all input text", () => {
  const places: Record<string, string> = {
    paragraph: PAYLOAD,
    title: `${PAYLOAD}\n${"=".repeat(80)}\n\ntext`,
    "inline literal": `\`\`${PAYLOAD}\`\``,
    emphasis: `*${PAYLOAD}*`,
    "literal block": `code::\n\n    ${PAYLOAD}`,
    "code directive": `.. code:: html\n\n   ${PAYLOAD}`,
    "bullet list": `- ${PAYLOAD}`,
    "definition list": `${PAYLOAD}\n    definition ${PAYLOAD}`,
    "line block": `| ${PAYLOAD}`,
    "grid table cell": `+----+\n| <b |\n+----+`,
    attribution: `  quote\n\n  -- ${PAYLOAD}`,
    "link text": `\`${PAYLOAD} <https://example.com/>\`_`,
    "interpreted text with a role": `:sub:\`${PAYLOAD}\``,
    "unknown role": `:evil:\`${PAYLOAD}\``,
    "image alt": `.. image:: https://example.com/a.png\n   :alt: ${PAYLOAD}`,
    "substitution text": `|s|\n\n.. |s| replace:: ${PAYLOAD}`,
    "comment": `.. ${PAYLOAD}\n\ntext`,
    "unknown directive": `.. ${"x"}:: ${PAYLOAD}`,
  };
  for (const [place, text] of Object.entries(places)) {
    test(`HTML in a ${place} comes out escaped`, () => {
      const { html } = renderRst(text);
      assertOnlyOurTags(html);
      assert.ok(!html.includes("<img src=x"), html);
    });
  }

  test("an attribute-breaking URL stays inside its attribute", () => {
    const { html } = renderRst(`\`x <https://example.com/"onmouseover="alert(1)>\`_`);
    assert.ok(!html.includes('" onmouseover'), html);
    assert.ok(!/href="[^"]*"onmouseover/.test(html), html);
  });
});

describe("renderRst links only http, https and mailto", () => {
  const schemes = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "vbscript:msgbox", "file:///etc/passwd", "ftp://example.com/x"];
  for (const uri of schemes) {
    test(`a ${uri.split(":")[0]} URI never becomes a link or an image`, () => {
      const texts = [
        `\`click <${uri}>\`_`,
        `click me_\n\n.. _me: ${uri}`,
        `click__\n\n__ ${uri}`,
        `standalone ${uri} here`,
        `.. image:: ${uri}`,
        `.. image:: https://example.com/a.png\n   :target: ${uri}`,
        `.. figure:: ${uri}\n\n   caption`,
      ];
      for (const text of texts) {
        const { html } = renderRst(text);
        for (const u of urls(html)) assert.match(u, /^(https?:|mailto:|#)/i, `${text} -> ${html}`);
      }
    });
  }

  test("http, https and mailto links are kept", () => {
    const { html } = renderRst("http://a.example/ https://b.example/ someone@example.com `x <mailto:x@example.com>`_");
    assert.deepEqual(urls(html), ["http://a.example/", "https://b.example/", "mailto:someone@example.com", "mailto:x@example.com"]);
  });

  test("images load lazily and carry alt text", () => {
    const { html } = renderRst(".. image:: https://example.com/a.png\n   :alt: A talk");
    assert.match(html, /<img alt="A talk" loading="lazy" src="https:\/\/example.com\/a.png" \/>/);
  });
});

describe("renderRst refuses raw and include", () => {
  test("the raw directive is dropped with a note (pyvideo/data's CI accepts raw, so it is not a warning)", () => {
    const { html, diagnostics } = renderRst("Before.\n\n.. raw:: html\n\n   <iframe src=x></iframe>\n\nAfter.\n");
    assert.ok(!html.includes("iframe"));
    assert.deepEqual(diagnostics, [{ line: 3, level: 1, message: '"raw" directive disabled.' }]);
  });

  test("the include directive is dropped with a warning and reads nothing", () => {
    const { html, diagnostics } = renderRst(".. include:: /etc/passwd\n");
    assert.equal(html, "");
    assert.deepEqual(diagnostics, [{ line: 1, level: 2, message: '"include" directive disabled.' }]);
  });

  test("the raw role renders as text with docutils' error", () => {
    const { html, diagnostics } = renderRst(":raw:`<b>x</b>`");
    assert.ok(!html.includes("<b>"));
    assert.equal(diagnostics[0]?.level, 3);
  });
});

/** A small deterministic PRNG so the fuzz test is reproducible. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("renderRst never throws", () => {
  test("2,000 random texts made of reStructuredText syntax render without an internal error", () => {
    const pieces = [
      "*", "**", "`", "``", "_", "__", "|", ":", "::", "[", "]", "<", ">", "\\", "-", "=", "+", "#.", "1.", "(a)", "..", " ", "  ",
      "    ", "\n", "\n\n", "\t", "\r\n", "word", "http://x.example/", "a@b.example", ".. _t: ", ".. |s| replace:: ", "__ ", ".. note::",
      ".. code::", "+--+--+", "| ", "===", "---", "~~~", ">>> ", ":f: ", "-o ", "é", "日本", "\u2028", "\u00a0", "<script>",
    ];
    const random = prng(42);
    for (let n = 0; n < 2000; n++) {
      let text = "";
      const length = 1 + Math.floor(random() * 60);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const { html, diagnostics } = renderRst(text);
      assert.ok(!diagnostics.some((d) => d.message.startsWith("Internal error")), `${JSON.stringify(text)}: ${JSON.stringify(diagnostics)}`);
      assertOnlyOurTags(html);
    }
  });
});
