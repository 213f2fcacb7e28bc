// createContext: the BuildContext of one build, with ReST rendering memoized per text.

import { raw } from "#html/jsx-runtime";
import { rstHtmlText, type RstHtml } from "../check/rules/rst.js";
import { PAGE_HEADER_LEVEL, renderRst } from "../rst/index.js";
import type { Assets } from "../emit/assets.js";
import { byteArena } from "../output/byte-arena.js";
import type { BuildContext, Html } from "./context.js";
import type { Site } from "./site.js";

/** Gives a context the HTML of ReST texts rendered elsewhere (by the check's worker, finishing while the first files render). */
export interface RstSeed {
  addRstHtml(rstHtml: RstHtml): void;
}

/**
 * A context for one build; the ReST cache lives and dies with it. `rstHtml` seeds it with the HTML
 * the check's worker rendered (the same renderer and options) so no text is rendered twice.
 */
export function createContext(site: Site, assets: Assets, rstHtml?: RstHtml): BuildContext & RstSeed {
  const cache = new Map<string, Html>();
  // The HTML rendered elsewhere, as UTF-8: decoded each time a page shows it (once per text in a
  // build), so the strings die young instead of living through the build.
  const seeded = new Map<string, Uint8Array>();
  const addRstHtml = (rendered: RstHtml): void => {
    for (const [text, html] of rendered) seeded.set(text, html);
  };
  if (rstHtml) addRstHtml(rstHtml);
  const once = new Map<string, unknown>();
  const bytes = byteArena();
  const memo = new Map<string, Map<string, unknown>>();
  return {
    addRstHtml,
    site,
    assets: { css: assets.css, js: assets.js },
    rst(text) {
      let html = cache.get(text);
      if (html === undefined) {
        // renderRst's output (the same renderer and options): safe HTML.
        const bytes = seeded.get(text);
        if (bytes !== undefined) return raw(rstHtmlText(bytes));
        // renderRst escapes every piece of text and allows only http(s)/mailto links: its output is safe HTML.
        html = raw(renderRst(text, { initialHeaderLevel: PAGE_HEADER_LEVEL }).html);
        cache.set(text, html);
      }
      return html;
    },
    bytes,
    once<T>(key: string, make: () => T): T {
      if (!once.has(key)) once.set(key, make());
      return once.get(key) as T;
    },
    // Called hundreds of thousands of times in a build (every list item, feed entry, neighbour
    // title…): no key string to build and hash.
    memo<T>(kind: string, key: string, make: () => T): T {
      let values = memo.get(kind);
      if (!values) memo.set(kind, (values = new Map()));
      let value = values.get(key);
      if (value === undefined && !values.has(key)) values.set(key, (value = make()));
      return value as T;
    },
  };
}
