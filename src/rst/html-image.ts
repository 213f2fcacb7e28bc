// Images: only http(s) sources are loaded (lazily, with alt text); anything else shows the alt text.
import { escapeHtml, escapeUri, isSafeUri } from "./escape.js";
import type { ImageData } from "./nodes.js";

/** The HTML for one image, optionally wrapped in its target link. */
export function imageHtml(image: ImageData): string {
  if (!isSafeUri(image.uri) || image.uri.toLowerCase().startsWith("mailto:")) return escapeHtml(image.alt ?? "");
  let attrs = ` alt="${escapeHtml(image.alt ?? image.uri)}"`;
  if (image.align) attrs += ` class="align-${escapeHtml(image.align)}"`;
  if (image.height) attrs += ` height="${escapeHtml(image.height)}"`;
  attrs += ` loading="lazy" src="${escapeUri(image.uri)}"`;
  if (image.width) attrs += ` width="${escapeHtml(image.width)}"`;
  const img = `<img${attrs} />`;
  const target = image.target?.uri;
  if (target && isSafeUri(target)) return `<a class="reference external image-reference" href="${escapeUri(target)}">${img}</a>`;
  return img;
}
