// The image directive's argument and options, shared by image, figure and substitution images.
import { report } from "./context.js";
import { parseDirectiveBlock } from "./directive-block.js";
import type { ImageData } from "./nodes.js";
import type { BodyParser } from "./parser-types.js";

const IMAGE_SPEC = { required: 1, optional: 0, finalWhitespace: true, options: true, content: false };

/** Parse `.. image::` block lines into image data; reports and returns undefined on error. */
export function imageData(p: BodyParser, lines: string[], line: number, alt?: string): ImageData | undefined {
  try {
    const block = parseDirectiveBlock(lines, line, IMAGE_SPEC);
    const uri = block.args[0]!.split(/\s+/).join("");
    const image: ImageData = { uri };
    const o = block.options;
    image.alt = o.get("alt") ?? alt ?? uri;
    if (o.has("width")) image.width = o.get("width")!;
    if (o.has("height")) image.height = o.get("height")!;
    if (o.has("align")) image.align = o.get("align")!;
    const target = o.get("target");
    if (target) image.target = { uri: target.split(/\s+/).join(""), line };
    return image;
  } catch (error) {
    report(p.ctx, 3, `Error in "image" directive:\n${String(error)}.`, line);
    return undefined;
  }
}
