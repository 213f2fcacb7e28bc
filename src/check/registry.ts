// The built-in rules, in reporting order.

import type { RepoConfig } from "../load/config.js";
import type { FileRule, Rule } from "./rule.js";
import { readProblemRules } from "./rules/read-problems.js";
import { schemaRule } from "./rules/schema.js";
import { uniqueIdRule } from "./rules/unique-id.js";
import { uniqueSlugRule } from "./rules/unique-slug.js";
import { rstRule } from "./rules/rst.js";
import { languageRule } from "./rules/language.js";
import { filenameLengthRule } from "./rules/filename-length.js";
import { speakerReplacementRule } from "./rules/speaker-replacement.js";
import { layoutRule } from "./rules/layout.js";
import { dateRule, recordedDateRule } from "./rules/dates.js";
import { duplicateVideoRule, videoTypeRule } from "./rules/videos.js";
import { urlRule } from "./rules/urls.js";
import { speakerVariantsRule, tagVariantsRule } from "./rules/variants.js";
import { noPublishRule } from "./rules/no-publish.js";
import { unknownFieldRule } from "./rules/unknown-field.js";
import { formatRule } from "./rules/format.js";
import { redirectsRule } from "./rules/redirects.js";
import { speakersFileRule } from "./rules/speakers-file.js";
import { configRule } from "./rules/config.js";

/** Every rule `talkdex check` runs: first pyvideo/data's own checks, then talkdex's additions. */
export const RULES: readonly Rule[] = [
  ...readProblemRules,
  schemaRule,
  uniqueIdRule,
  uniqueSlugRule,
  rstRule,
  languageRule,
  filenameLengthRule,
  speakerReplacementRule,
  layoutRule,
  dateRule,
  recordedDateRule,
  urlRule,
  videoTypeRule,
  duplicateVideoRule,
  speakerVariantsRule,
  tagVariantsRule,
  noPublishRule,
  unknownFieldRule,
  formatRule,
  redirectsRule,
  speakersFileRule,
  configRule,
];

/** The rules that look at one file at a time (they may run in a worker thread). */
export const FILE_RULES: readonly FileRule[] = [schemaRule, rstRule, formatRule];

/**
 * Whether `rule` can report an error under the repository's rule `settings`: a setting replaces the
 * severity of every finding; without one, its default severity or its error findings decide.
 */
export function mayReportErrors(rule: Rule, settings: RepoConfig["rules"]): boolean {
  const setting = settings[rule.id];
  return setting === undefined ? rule.severity === "error" || rule.errorFindings === true : setting === "error";
}

/** Errors of these rules make a record unpublishable; other findings are reported, not fatal. */
export const FATAL_RULES: ReadonlySet<string> = new Set(["json-syntax", "invalid-utf8", "wrong-encoding", "binary-file", "empty-file", "duplicate-key", "schema"]);
