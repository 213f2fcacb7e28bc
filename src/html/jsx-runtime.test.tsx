import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeHtml, Html, raw } from "./jsx-runtime.js";

const Greeting = (props: { name: string }) => <p class="hi">Hello, {props.name}!</p>;

test("text and attribute values are escaped by construction", () => {
  const evil = `<script>alert("x")</script>&'`;
  const html = String(<a href={evil} title={evil}>{evil}</a>);
  assert.equal(html, `<a href="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;" title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</a>`);
  assert.equal(escapeHtml("plain"), "plain");
  // The middle dot as a reference (pages stay ASCII); other characters as they are.
  assert.equal(escapeHtml("Talk · Conf · Zoë"), "Talk &middot; Conf &middot; Zoë");
});

test("components, fragments, arrays, void elements and boolean attributes render as HTML", () => {
  const html = String(
    <>
      <Greeting name="Zoë" />
      <ul>{["a", "b"].map((x) => <li>{x}</li>)}</ul>
      <img src="x.jpg" alt="" />
      <script src="a.js" defer></script>
      <input type="search" disabled={false} required />
      {null}
      {false}
      {0}
    </>,
  );
  assert.equal(html, '<p class="hi">Hello, Zoë!</p><ul><li>a</li><li>b</li></ul><img src="x.jpg" alt=""><script src="a.js" defer></script><input type="search" required>0');
});

test("only raw() markup passes through unescaped, and bad attribute names are dropped", () => {
  assert.equal(String(<div>{raw("<b>ok</b>")}</div>), "<div><b>ok</b></div>");
  assert.ok(<span /> instanceof Html);
  const props = { 'onclick="x"': "y", "data-ok": "1" } as Record<string, string>;
  assert.equal(String(<span {...props} />), '<span data-ok="1"></span>');
});
