// Escaping and URL policy: the only gate between input text and HTML output.

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escape text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const NEEDS_ESCAPE = /[&<>"']/;

/** Whether a URI may become a link: only http, https and mailto are allowed. */
export function isSafeUri(uri: string): boolean {
  return /^(?:https?:|mailto:)/i.test(uri.trim()) && !/[\u0000-\u001f]/.test(uri);
}

/** Percent-encode characters docutils would not leave raw in an href, then escape for the attribute. */
export function escapeUri(uri: string): string {
  return escapeHtml(uri.replace(/ /g, "%20"));
}
