// Section levels from title adornment styles, and nesting of the flat title markers into sections.
import type { Block } from "./nodes.js";
import type { BodyItem, SectionMemo } from "./parser-types.js";

/** docutils' check_subsection: the level of a title with this style, or undefined when inconsistent. */
export function sectionLevel(memo: SectionMemo, style: string): number | undefined {
  const index = memo.styles.indexOf(style);
  if (index === -1) {
    if (memo.styles.length !== memo.level) return undefined;
    memo.styles.push(style);
    memo.level += 1;
    return memo.level;
  }
  const level = index + 1;
  if (level > memo.level + 1) return undefined;
  memo.level = level;
  return level;
}

type SectionBlock = Extract<Block, { kind: "section" }>;

/** Turn the flat item list of a document into nested sections. */
export function nestSections(items: BodyItem[]): Block[] {
  const root: Block[] = [];
  const stack: SectionBlock[] = [];
  for (const item of items) {
    if (item.kind === "title-marker") {
      while (stack.length > 0 && stack[stack.length - 1]!.level >= item.level) stack.pop();
      const section: SectionBlock = { kind: "section", title: item.title, titleText: item.text, level: item.level, target: item.target, children: [] };
      (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(section);
      stack.push(section);
    } else {
      (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(item);
    }
  }
  return root;
}
