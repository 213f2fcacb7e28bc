// Public library entry point of talkdex.

export { readRepository as loadRepository } from "./load/repository.js";
export type { Repository, RawEvent, RawTalk } from "./load/repository.js";
export type { DataFile } from "./load/data-file.js";
export type { RepoConfig } from "./load/config.js";
export { checkRepository } from "./check/check-repository.js";
export type { CheckResult, CheckSummary, CheckOptions } from "./check/check-repository.js";
export { RULES } from "./check/registry.js";
export type { Rule } from "./check/rule.js";
export { fixRepository } from "./check/fix.js";
export type { FixOptions, FixResult } from "./check/fix.js";
export { formatText, formatJson, formatGithub } from "./check/report-format.js";
export { buildCatalog } from "./catalog/build-catalog.js";
export { renderRst } from "./rst/index.js";
export type { RstDiagnostic, RstResult, RstOptions } from "./rst/index.js";
export { build } from "./build/build.js";
export type { BuildOptions, BuildResult } from "./build/build.js";
export { DiskSink } from "./output/disk-sink.js";
export { MemorySink } from "./output/memory-sink.js";
export type * from "./model/catalog.js";
export type { Diagnostic, Severity } from "./model/diagnostic.js";
export { slugify, eventSlug, talkSlug, speakerSlug, tagSlug } from "./model/slug.js";
export { personKey, tagKey } from "./model/identity.js";
export { lookupLanguage, isLanguageCode } from "./model/language.js";
export type { Language } from "./model/language.js";
export { formatPyvideoJson } from "./output/canonical-json.js";
export { UserError } from "./model/user-error.js";
