// Phrase references: `text`_, `text`__, `text <uri>`_ and `text <alias_>`_ (docutils' Inliner.phrase_ref).
import type { ParseContext } from "./context.js";
import { normalizeName, whitespaceNormalize } from "./context.js";
import { restoreBackslashes, unescape } from "./backslash-escapes.js";
import type { Inline } from "./nodes.js";
import { EMAIL_WHOLE, EMBEDDED_LINK, URI_START } from "./patterns.js";

/** Build the nodes for a phrase reference whose backquoted text (with NUL escapes) is `escaped`. */
export function phraseReference(escaped: string, anonymous: boolean, raw: string, line: number, ctx: ParseContext): Inline[] {
  const m = EMBEDDED_LINK.exec(escaped);
  if (!m) {
    const text = unescape(escaped);
    const children: Inline[] = [{ kind: "text", text }];
    if (anonymous) {
      ctx.needsResolution = true;
      return [{ kind: "reference", ref: { anonymous: true, line }, children, raw }];
    }
    ctx.refnames.add(normalizeName(text));
    return [{ kind: "reference", ref: { refname: normalizeName(text), line }, children, raw }];
  }
  let text = escaped.slice(0, m.index);
  const aliasText = m[2]!;
  const rawAlias = restoreBackslashes(aliasText);
  const isName = aliasText.endsWith("_") && !rawAlias.endsWith("\\_") && !URI_START.test(aliasText);
  let alias: string;
  if (isName) {
    alias = normalizeName(unescape(aliasText.slice(0, -1)));
  } else {
    // Unescaped whitespace inside the URI is removed; escaped whitespace separates parts with one space.
    alias = unescape(
      aliasText
        .split(/\x00[ \n]/)
        .map((part) => part.replace(/\s+/gu, ""))
        .join(" "),
    );
    if (EMAIL_WHOLE.test(alias)) alias = "mailto:" + alias;
    if (alias.endsWith("\\_")) alias = alias.slice(0, -2) + "_";
  }
  if (text === "") text = isName ? unescape(aliasText.slice(0, -1)) : alias;
  const display = unescape(text);
  const children: Inline[] = [{ kind: "text", text: display }];
  if (anonymous) {
    if (isName) {
      ctx.refnames.add(alias);
      return [{ kind: "reference", ref: { refname: alias, line }, children, raw }];
    }
    return [{ kind: "reference", ref: { uri: alias, line }, children, raw }];
  }
  const refname = normalizeName(display);
  if (isName) {
    ctx.refnames.add(alias);
    // An embedded alias is an indirect target of its own, reported when nothing else refers to it.
    ctx.targets.push({ names: [refname], anonymous: false, internal: false, refname: alias, line });
    return [{ kind: "reference", ref: { refname: alias, line }, children, raw }];
  }
  ctx.targets.push({ names: refname ? [refname] : [], anonymous: false, internal: false, uri: alias, line: ctx.stateLine || line, embedded: true });
  return [{ kind: "reference", ref: { uri: alias, line }, children, raw }];
}

/** docutils' display name for a reference (kept for id generation). */
export function referenceName(text: string): string {
  return whitespaceNormalize(text);
}
