// The bundle's precompiled JSX (scripts/jsx-precompile.ts) writes the runtime's markup, byte for byte:
// each module below is compiled twice — as esbuild lowers JSX (runtime calls) and precompiled — and
// both are run on the same props. (The bundle test compares whole builds of the sample.)

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { JSX_RUNTIME, lowerJsx, precompileJsx } from "../../scripts/jsx-precompile.js";

const RUNTIME_URL = new URL("../../src/html/jsx-runtime.ts", import.meta.url).href;

// A module of components; each export is called with every props object of PROPS.
const MODULE = `
import { raw } from "${RUNTIME_URL}";
const Box = (p: { children?: unknown; title?: string }) => <section title={p.title}>{p.children}</section>;
export const attributes = (p: P) => (
  <a class="x" href={p.s} title={p.n} data-zero={0} data-num={1.5} hidden={p.b} defer required={true} disabled={false} alt={null} lang={undefined} className={p.s} htmlFor="f">
    {p.s}
  </a>
);
export const text = (p: P) => (
  <p>
    Hello &amp; "world" · 'x' &lt;tag&gt;
    {p.s} and {p.n} {p.b} {null} {undefined} {0} {"<b>"}
    café → ok
  </p>
);
export const nesting = (p: P) => (
  <ul id="list">
    {p.list.map((x) => (
      <li class={x === "b" ? "on" : undefined}>
        <span>{x}</span>
      </li>
    ))}
    {p.b ? <li>yes</li> : <li>no</li>}
    <>
      <li>fragment {p.s}</li>
      {[<li>array</li>, "text", p.n]}
    </>
    {raw("<hr>")}
  </ul>
);
export const voids = (p: P) => (
  <div>
    <img src={p.s} alt="" />
    <br />
    <input type="search" disabled={p.b} value={p.n} />
    <meta content={p.s} />
  </div>
);
export const components = (p: P) => (
  <Box title={p.s}>
    <em>{p.s}</em>
    <Box>{p.list}</Box>
  </Box>
);
export const kept = (p: P) => {
  const spread = { id: p.s, "data-x": p.n };
  return (
    <div>
      <span {...spread} />
      <i key="k">{p.s}</i>
      <b children="c" id={p.s} />
      <u flag name={p.s} />
      <br>{p.s}</br>
    </div>
  );
};
export const empty = () => <></>;
type P = { s: string; n: number; b: boolean; list: string[] };
`;

const PROPS = [
  { s: `<script>alert("x")</script>&'·`, n: 42, b: true, list: ["a", "b", "<c>"] },
  { s: "", n: 0, b: false, list: [] },
  { s: "plain · text", n: -1.5, b: true, list: ["only"] },
];

async function compile(precompile: boolean): Promise<string> {
  const code = await lowerJsx(MODULE);
  return (precompile ? precompileJsx(code) : code).replaceAll(`"${JSX_RUNTIME}"`, JSON.stringify(RUNTIME_URL));
}

test("precompiled elements write the runtime's markup, byte for byte", async () => {
  const dir = mkdtempSync(join(import.meta.dirname, ".jsx-precompile-"));
  try {
    const [plain, precompiled] = await Promise.all([compile(false), compile(true)]);
    // The rewrite happened: literal-tag elements became templates, the others stayed calls.
    assert.match(precompiled, /new __tdxHtml\("<a class=\\"x\\""/);
    assert.equal((precompiled.match(/new __tdxHtml\(/g) ?? []).length, 11);
    assert.match(precompiled, /jsx\("span", \{ \.\.\.spread \}\)/);
    assert.match(precompiled, /jsx\("i", \{ children: p\.s \}, "k"\)/);
    writeFileSync(join(dir, "plain.mjs"), plain);
    writeFileSync(join(dir, "precompiled.mjs"), precompiled);
    const a = (await import(pathToFileURL(join(dir, "plain.mjs")).href)) as Record<string, (p: unknown) => unknown>;
    const b = (await import(pathToFileURL(join(dir, "precompiled.mjs")).href)) as Record<string, (p: unknown) => unknown>;
    const names = Object.keys(a).sort();
    assert.deepEqual(Object.keys(b).sort(), names);
    assert.equal(names.length, 7);
    for (const name of names)
      for (const props of PROPS) {
        const expected = String(a[name]?.(props));
        assert.ok(expected.length > 0 || name === "empty");
        assert.equal(String(b[name]?.(props)), expected, `${name}(${JSON.stringify(props)})`);
      }
    // One output checked by eye: attributes in order, booleans bare, className and htmlFor renamed.
    assert.equal(
      String(b.attributes?.(PROPS[2])),
      '<a class="x" href="plain &middot; text" title="-1.5" data-zero="0" data-num="1.5" hidden defer required class="plain &middot; text" for="f">plain &middot; text</a>',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a module without JSX is left as it is", () => {
  const code = 'import { x } from "./x.js";\nexport const y = x("li", { children: 1 });\n';
  assert.equal(precompileJsx(code), code);
});
