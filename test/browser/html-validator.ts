// html-validate, configured once for talkdex's pages (the one place the tests reach the library).

import { HtmlValidate, type ConfigData } from "html-validate";

/**
 * `html-validate:recommended` (validity, accessibility and good-practice rules) with these changes,
 * each about style rather than validity:
 * - `void-style` off: hono/jsx writes void elements as `<meta/>`; HTML allows the trailing slash.
 * - `long-title` off: a talk page's title is the talk's full title (pyvideo titles run to 150+
 *   characters); cutting it would make titles less unique, which matters more.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    "void-style": "off",
    "long-title": "off",
  },
};

/** One problem html-validate found. */
export interface HtmlProblem {
  rule: string;
  line: number;
  message: string;
  /** The offending markup, shortened. */
  selector: string;
}

/** A validator with talkdex's configuration. */
export function createHtmlValidator(): (html: string, name: string) => Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  return async (html, name) => {
    const report = await validator.validateString(html, name);
    return report.results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => ({ rule: m.ruleId, line: m.line, message: m.message, selector: m.selector ?? "" })),
    );
  };
}

// Obsolete markup that the ReST writer emits in html4css1 style (<tt>, <col width>, valign):
// reported apart so that template problems stay visible while the writer is being fixed.
const RST_OBSOLETE = /<tt>|"(width|valign)" is deprecated on <(col|thead|tbody|tr|td|th)>/;

/** Whether a problem comes from the ReST writer's obsolete html4css1 markup rather than a template. */
export function isRstObsoleteMarkup(p: HtmlProblem): boolean {
  return RST_OBSOLETE.test(p.message);
}
