import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderRst } from "./index.js";

/** Render one paragraph and return its inner HTML. */
function inline(text: string): string {
  return renderRst(text).html.replace(/^<p>|<\/p>\n$/g, "");
}

describe("inline markup", () => {
  test("a standalone URI leaves trailing punctuation outside the link", () => {
    assert.equal(
      inline("See http://example.com/a. Or (http://example.com/b), too"),
      'See <a class="reference external" href="http://example.com/a">http://example.com/a</a>. Or (<a class="reference external" href="http://example.com/b">http://example.com/b</a>), too',
    );
  });

  test("a URI keeps a trailing slash or equals sign", () => {
    const html = inline("http://example.com/a/ http://example.com/?q=");
    assert.match(html, /href="http:\/\/example.com\/a\/"/);
    assert.match(html, /href="http:\/\/example.com\/\?q="/);
  });

  test("a word ending in an underscore after a slash is a reference even inside a URI, as in docutils", () => {
    const { html, diagnostics } = renderRst("http://example.com/x_");
    assert.equal(html, '<p><a class="reference external" href="http://example.com/">http://example.com/</a>x_</p>\n');
    assert.deepEqual(diagnostics, [{ line: 1, level: 3, message: 'Unknown target name: "x".' }]);
  });

  test("an e-mail address becomes a mailto link", () => {
    assert.equal(inline("mail jane@example.org."), 'mail <a class="reference external" href="mailto:jane@example.org">jane@example.org</a>.');
  });

  test("a word with an unknown scheme before a URI stops URI recognition in that text run, as in docutils", () => {
    assert.equal(inline("Time:10am see http://example.com"), "Time:10am see http://example.com");
  });

  test("start-strings enclosed in quotes or brackets are not markup", () => {
    assert.equal(inline(`"*" and (*) and '*'`), "&quot;*&quot; and (*) and &#39;*&#39;");
  });

  test("an end-string must be followed by whitespace or punctuation, so markup runs on to a later one", () => {
    assert.equal(inline("*a*``b`` and *a*-``b``"), '<em>a*``b`` and *a</em>-<code class="docutils literal">b</code>');
  });

  test("an unclosed start-string is reported and kept as text", () => {
    const { html, diagnostics } = renderRst("an *open emphasis");
    assert.equal(html, "<p>an *open emphasis</p>\n");
    assert.deepEqual(diagnostics, [{ line: 1, level: 2, message: "Inline emphasis start-string without end-string." }]);
  });

  test("backslash escapes suppress markup and escaped spaces vanish", () => {
    assert.equal(inline("\\*not\\* a\\ b"), "*not* ab");
  });

  test("the default role renders as a citation and unknown roles as their source", () => {
    assert.equal(inline("`Book`"), "<cite>Book</cite>");
    const { html, diagnostics } = renderRst(":nope:`x`");
    assert.equal(html, "<p>:nope:`x`</p>\n");
    assert.deepEqual(
      diagnostics.map((d) => d.level),
      [1, 3],
    );
  });

  test("an embedded URI with spaces loses the spaces", () => {
    assert.match(inline("`x <https://example.com/a b>`_"), /href="https:\/\/example.com\/ab"/);
  });

  test("a named reference resolves to its target", () => {
    assert.equal(
      renderRst("Python_\n\n.. _Python: https://python.org/").html,
      '<p><a class="reference external" href="https://python.org/">Python</a></p>\n',
    );
  });

  test("an unknown reference name renders as its source text with an error", () => {
    const { html, diagnostics } = renderRst("_High Performance Django_ book");
    assert.equal(html, "<p>_High Performance Django_ book</p>\n");
    assert.deepEqual(diagnostics, [{ line: 1, level: 3, message: 'Unknown target name: "django".' }]);
  });
});
