// talkdex.json: a data repository's own policy (languages, speaker replacements, rule severities…).

import type { Diagnostic } from "../model/diagnostic.js";
import type { DataFile } from "./data-file.js";
import { isRecord } from "../model/json-value.js";

/** A rule severity as configured; `off` silences the rule. */
export type RuleSetting = "error" | "warning" | "off";

/** The resolved policy of a data repository, defaults filled in. */
export interface RepoConfig {
  /** Allowed language codes; undefined allows every ISO 639-3 code. */
  languages?: readonly string[];
  /** Disallowed speaker spellings and their replacements. */
  speakerReplacements: Readonly<Record<string, string>>;
  /** Severity overrides by rule id. */
  rules: Readonly<Record<string, RuleSetting>>;
  /** Template of the "edit this page" link; `{path}` is the file's path in the repository. */
  editUrl?: string;
  /** Name of the site (page titles, header). */
  siteName?: string;
  /** Absolute URL the site is published at. */
  baseUrl?: string;
  /** "placeholder" keeps pages free of third-party requests (no remote thumbnails). */
  thumbnails?: "remote" | "placeholder";
  /** Root folders that are not events (tooling, docs). */
  ignore: readonly string[];
  /** Days a talk's recorded date may lie outside its event's dates before `recorded-date` warns. */
  recordedTolerance: number;
}

/** pyvideo/data's own replacement map (its speaker_names CI check), used when talkdex.json has none. */
export const DEFAULT_SPEAKER_REPLACEMENTS: Readonly<Record<string, string>> = Object.freeze({
  "Glyph Lefkowitz": "Glyph",
});

const DEFAULTS: RepoConfig = Object.freeze({
  speakerReplacements: DEFAULT_SPEAKER_REPLACEMENTS,
  rules: Object.freeze({}),
  ignore: Object.freeze(["tools", "docs", "scripts", "node_modules"]),
  recordedTolerance: 7,
});

const KNOWN_KEYS = ["languages", "speakerReplacements", "rules", "editUrl", "siteName", "baseUrl", "thumbnails", "ignore", "recordedTolerance", "$schema"];

/** Resolves a parsed talkdex.json (or undefined) into a policy; invalid parts fall back to defaults. */
export function resolveConfig(value: unknown): RepoConfig {
  if (!isRecord(value)) return DEFAULTS;
  const config: RepoConfig = { ...DEFAULTS };
  if (isStringArray(value.languages)) config.languages = value.languages;
  if (isStringRecord(value.speakerReplacements)) config.speakerReplacements = value.speakerReplacements;
  if (isRecord(value.rules))
    config.rules = Object.fromEntries(
      Object.entries(value.rules).filter((e): e is [string, RuleSetting] => isSetting(e[1])),
    );
  // Data files are untrusted: only an http(s) template may become a link on every page.
  if (typeof value.editUrl === "string" && /^https?:\/\/[^/]/.test(value.editUrl) && value.editUrl.includes("{path}")) config.editUrl = value.editUrl;
  if (value.thumbnails === "remote" || value.thumbnails === "placeholder") config.thumbnails = value.thumbnails;
  if (typeof value.siteName === "string" && value.siteName.trim() !== "") config.siteName = value.siteName.trim();
  if (typeof value.baseUrl === "string" && /^https?:\/\//.test(value.baseUrl)) config.baseUrl = value.baseUrl;
  if (isStringArray(value.ignore)) config.ignore = [...DEFAULTS.ignore, ...value.ignore];
  if (typeof value.recordedTolerance === "number" && value.recordedTolerance >= 0)
    config.recordedTolerance = value.recordedTolerance;
  return config;
}

/** Reports every problem of a talkdex.json, each at its position. */
export function validateConfig(file: DataFile, knownRules: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const value = file.value;
  const report = (path: (string | number)[], message: string, hint: string): void => {
    const at = file.locate(path);
    out.push({ rule: "config", severity: "error", file: file.path, ...at, message, hint });
  };
  if (value === undefined) return out;
  if (!isRecord(value)) {
    report([], "talkdex.json must hold a JSON object.", 'Start from {"rules": {}} and see the README for the fields.');
    return out;
  }
  for (const key of Object.keys(value))
    if (!KNOWN_KEYS.includes(key))
      report([key], `Unknown setting "${key}".`, `Known settings: ${KNOWN_KEYS.filter((k) => k !== "$schema").join(", ")}.`);
  if ("languages" in value && !isStringArray(value.languages))
    report(["languages"], '"languages" must be a list of ISO 639-3 codes.', 'For example "languages": ["eng", "spa"].');
  if ("speakerReplacements" in value && !isStringRecord(value.speakerReplacements))
    report(["speakerReplacements"], '"speakerReplacements" must map names to names.', 'For example {"Glyph Lefkowitz": "Glyph"}.');
  if ("rules" in value) {
    if (!isRecord(value.rules)) report(["rules"], '"rules" must be an object of rule ids.', 'For example {"format": "off"}.');
    else
      for (const [rule, setting] of Object.entries(value.rules)) {
        if (!knownRules.has(rule))
          report(["rules", rule], `Unknown rule "${rule}".`, `Run \`talkdex check --list-rules\` for the rule ids.`);
        else if (!isSetting(setting))
          report(["rules", rule], `Rule "${rule}" is set to ${JSON.stringify(setting)}.`, 'Use "error", "warning" or "off".');
      }
  }
  if ("editUrl" in value && (typeof value.editUrl !== "string" || !/^https?:\/\/[^/]/.test(value.editUrl) || !value.editUrl.includes("{path}")))
    report(["editUrl"], '"editUrl" must be an http(s) URL containing {path}.', 'For example "https://github.com/pyvideo/data/edit/main/{path}".');
  if ("thumbnails" in value && value.thumbnails !== "remote" && value.thumbnails !== "placeholder")
    report(["thumbnails"], '"thumbnails" must be "remote" or "placeholder".', 'Use "placeholder" for pages that make no request to another site.');
  if ("siteName" in value && typeof value.siteName !== "string")
    report(["siteName"], '"siteName" must be a string.', 'For example "PyVideo".');
  if ("baseUrl" in value && !(typeof value.baseUrl === "string" && /^https?:\/\/[^/]/.test(value.baseUrl)))
    report(["baseUrl"], '"baseUrl" must be an absolute http(s) URL.', 'For example "https://pyvideo.org/".');
  if ("ignore" in value && !isStringArray(value.ignore))
    report(["ignore"], '"ignore" must be a list of root folder names.', 'For example ["tools"].');
  if ("recordedTolerance" in value && !(typeof value.recordedTolerance === "number" && value.recordedTolerance >= 0))
    report(["recordedTolerance"], '"recordedTolerance" must be a number of days, 0 or more.', "For example 7.");
  return out;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}
function isStringRecord(v: unknown): v is Record<string, string> {
  return isRecord(v) && Object.values(v).every((x) => typeof x === "string");
}
function isSetting(v: unknown): v is RuleSetting {
  return v === "error" || v === "warning" || v === "off";
}
