// XML text for feeds, sitemaps and OpenSearch: escaped, and free of characters XML 1.0 forbids.

// XML 1.0 allows tab, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF; anything else
// (C0 controls, lone surrogates, U+FFFE/U+FFFF) makes a strict parser reject the whole document.
const ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL = /[&<>"']/g;
// Most text needs nothing: one scan without the (slower) Unicode-aware pattern decides.
const NEEDS_WORK = /[&<>"'\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Removes the characters XML 1.0 does not allow. */
export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL, "");
}

/** Text safe in XML content and in quoted attribute values. */
export function xml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return stripIllegalXml(text).replace(SPECIAL, (c) => ENTITIES[c] ?? c);
}
