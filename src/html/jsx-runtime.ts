// talkdex's JSX runtime: renders straight to escaped HTML strings. Text and attribute values are
// escaped by construction; only `Html` values (from this runtime or `raw()`) pass through as markup.
// Measured on the snapshot's 21,713 talk pages: about 2× faster than hono/jsx's node tree and
// a quarter of its garbage-collection time, because no element objects are built.

import type { JSX as HonoJSX } from "hono/jsx";

/** Markup that is already safe: produced by this runtime or explicitly marked with `raw`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
  /** Interoperability with hono's escaped strings (`raw` from hono/html). */
  get isEscaped(): true {
    return true;
  }
}

/** Anything JSX accepts as a child. */
export type Child = Html | string | number | bigint | boolean | null | undefined | { isEscaped: true; toString(): string } | readonly Child[];

/** Marks trusted markup (only for output of talkdex's own renderers, e.g. reStructuredText). */
export function raw(markup: string): Html {
  return new Html(markup);
}

// The middle dot separates parts of titles and links on every page: written as a reference, it
// leaves a page of ASCII text ASCII, which V8 encodes as UTF-8 ten times faster than a page with a
// single character above U+007F (measured: 14–20 GB/s against 1.4 GB/s for a 124 KB string).
const NEEDS_ESCAPE = /[&<>"'\u00b7]/;
const ESCAPES = /[&<>"'\u00b7]/g;
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\u00b7": "&middot;" };

/** Escapes text for HTML content and attribute values (and writes "·" as `&middot;`). */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPES, (c) => ENTITY[c] as string) : text;
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
// Attribute names are written as given; anything outside this shape is dropped, never written.
const ATTRIBUTE_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

// What an element or attribute name writes, worked out once per name: a page of a build has
// hundreds of elements of a few dozen kinds, and a build renders 120,000 files. (Caches of pure
// functions of a name; nothing in them depends on a build.)
export interface Tag {
  readonly open: string;
  /** Undefined for a void element. */
  readonly close: string | undefined;
}
const TAGS = new Map<string, Tag>();
// Prop → ` name="` (null: not an attribute name, dropped).
const ATTRIBUTES = new Map<string, string | null>();

/** An element's opening (without its `>`) and closing tag; no closing tag for a void element. */
export function tagOf(type: string): Tag {
  let tag = TAGS.get(type);
  if (tag === undefined) TAGS.set(type, (tag = { open: `<${type}`, close: VOID.has(type) ? undefined : `</${type}>` }));
  return tag;
}

/** What a prop writes before its value: ` name="` (`className` → class, `htmlFor` → for), or null for a name never written. */
export function attributeOf(key: string): string | null {
  let start = ATTRIBUTES.get(key);
  if (start === undefined) {
    const name = key === "className" ? "class" : key === "htmlFor" ? "for" : key;
    ATTRIBUTES.set(key, (start = ATTRIBUTE_NAME.test(name) ? ` ${name}="` : null));
  }
  return start;
}

/** The markup of a child as `jsx` writes it (exported for precompiled templates, see scripts/jsx-precompile.ts). */
export function renderChild(c: unknown): string {
  if (c === null || c === undefined || c === false || c === true) return "";
  if (c instanceof Html) return c.value;
  if (Array.isArray(c)) {
    let s = "";
    for (const x of c) s += renderChild(x);
    return s;
  }
  if (typeof c === "object" && (c as { isEscaped?: unknown }).isEscaped === true) return String(c);
  return escapeHtml(String(c));
}

type Props = Record<string, unknown> & { children?: unknown };
type Component = (props: never) => Html | null;

/** Groups children without a wrapping element. */
export function Fragment(props: { children?: unknown }): Html {
  return new Html(renderChild(props.children));
}

/** The automatic runtime's element factory. */
export function jsx(type: string | Component, props: Props): Html {
  if (typeof type === "function") return (type as (p: Props) => Html | null)(props) ?? new Html("");
  const tag = tagOf(type);
  let s = tag.open;
  for (const key in props) {
    if (key === "children") continue;
    const start = attributeOf(key);
    if (start !== null) s += attribute(start, props[key]);
  }
  if (tag.close === undefined) return new Html(`${s}>`);
  return new Html(`${s}>${renderChild(props.children)}${tag.close}`);
}

/**
 * An attribute with value `v`, `start` being its ` name="` (see `attributeOf`): nothing for null,
 * undefined and false; the name alone for true (a boolean attribute). `jsx` writes each attribute
 * with it, and so do precompiled templates (scripts/jsx-precompile.ts).
 */
export function attribute(start: string, v: unknown): string {
  if (v === null || v === undefined || v === false) return "";
  return v === true ? start.slice(0, -2) : `${start}${escapeHtml(String(v))}"`;
}

/** Same as `jsx` (static children arrays need no special handling here). */
export const jsxs = jsx;

/** Types for TypeScript: elements are Html; intrinsic elements reuse hono's attribute types. */
export declare namespace JSX {
  type Element = Html;
  interface ElementChildrenAttribute {
    children: unknown;
  }
  interface IntrinsicElements extends HonoJSX.IntrinsicElements {}
}
