// The static page served at an old URL (see redirectFile): meta refresh, canonical, visible link, noindex.

import type { OutputFile } from "../../output/output-file.js";
import type { Site } from "../../build/site.js";
import { redirectFile } from "../pages/moved-page.js";
import type { RedirectRule } from "./redirect-plan.js";

/** The redirect page of one rule. */
export function redirectPage(rule: RedirectRule, site: Site): OutputFile {
  return redirectFile(site, rule.file, rule.to, new URL(rule.to, site.baseUrl).href);
}
