// The one place that talks to ajv: compiles pyvideo/data's JSON Schemas into validators.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import { validateCategory, validateVideo } from "./pyvideo-validators.generated.js";

/** One schema violation with its JSON path, in ajv's terms. */
export interface SchemaError {
  path: (string | number)[];
  keyword: string;
  params: Record<string, unknown>;
  /** The schema node that failed (used to describe what was expected). */
  schema: unknown;
  parentSchema: Record<string, unknown> | undefined;
}

/** Validates one value; returns every violation. */
export type SchemaValidator = (value: unknown) => SchemaError[];

// ajv (CommonJS) is loaded when one of talkdex's own schemas is first compiled, not with this
// module: the data's validators are compiled ahead of time, and a thread that compiles no schema
// does not spend the ≈ 60 ms loading ajv takes.
const require = createRequire(import.meta.url);
let AjvClass: typeof Ajv | undefined;
function ajv(): typeof Ajv {
  AjvClass ??= (require("ajv") as { Ajv: typeof Ajv }).Ajv;
  return AjvClass;
}

/**
 * Validators for pyvideo/data's `video.json` (draft-07) and `category.json` (draft-04) schemas,
 * compiled ahead of time from schemas/pyvideo/ (see scripts/pyvideo-validators-code.ts for the
 * options). pyvideo/data's CI validates without a format checker, so "uri" and "date" are not
 * enforced there; the `url` and `date` rules check them with better messages.
 */
export function pyvideoValidators(): { video: SchemaValidator; category: SchemaValidator } {
  return { video: wrap(validateVideo as ValidateFunction), category: wrap(validateCategory as ValidateFunction) };
}

/** ajv's own findings for a schema of ours: where (a JSON Pointer), which keyword, ajv's message. */
export interface PlainSchemaError {
  pointer: string;
  keyword: string;
  message: string;
}

/** A validator for one of talkdex's own schemas (draft-07, e.g. `schemas/schedule/`); every problem is reported. */
export function schemaValidator(schemaFile: URL): (value: unknown) => PlainSchemaError[] {
  const validate = new (ajv())({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaFile, "utf8")) as object);
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => ({ pointer: e.instancePath || "/", keyword: e.keyword, message: e.message ?? e.keyword }));
}

function wrap(validate: ValidateFunction): SchemaValidator {
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => toSchemaError(e, value)));
}

function toSchemaError(e: ErrorObject, root: unknown): SchemaError {
  return {
    path: pointerToPath(e.instancePath, root),
    keyword: e.keyword,
    params: e.params as Record<string, unknown>,
    schema: e.schema,
    parentSchema: e.parentSchema as Record<string, unknown> | undefined,
  };
}

/** "/videos/0/url" → ["videos", 0, "url"] (JSON Pointer, RFC 6901); indexes only where `root` has arrays. */
export function pointerToPath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === "") return [];
  const path: (string | number)[] = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const step = Array.isArray(node) ? Number(segment) : segment;
    path.push(step);
    node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[step] : undefined;
  }
  return path;
}
