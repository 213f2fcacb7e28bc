// The one place that talks to ajv: compiles pyvideo/data's JSON Schemas into validators.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";

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

// ajv and ajv-draft-04 (CommonJS) are loaded when a validator is first made, not with this module:
// a thread that never validates — a build's main thread, whose check runs on its worker — does not
// spend the ≈ 60 ms loading them takes.
const require = createRequire(import.meta.url);
let classes: { Ajv: typeof Ajv; AjvDraft04: typeof Ajv } | undefined;
function ajv(): { Ajv: typeof Ajv; AjvDraft04: typeof Ajv } {
  if (!classes) {
    const draft04 = require("ajv-draft-04") as typeof Ajv & { default?: typeof Ajv };
    classes = { Ajv: (require("ajv") as { Ajv: typeof Ajv }).Ajv, AjvDraft04: draft04.default ?? draft04 };
  }
  return classes;
}

/** Where the bundled copies of pyvideo/data's schemas live (the same from src/ and dist/). */
const SCHEMA_DIR = new URL("../../schemas/pyvideo/", import.meta.url);

/** Validators for pyvideo/data's `video.json` (draft-07) and `category.json` (draft-04) schemas. */
export function pyvideoValidators(): { video: SchemaValidator; category: SchemaValidator } {
  const load = (name: string): Record<string, unknown> =>
    JSON.parse(readFileSync(new URL(name, SCHEMA_DIR), "utf8")) as Record<string, unknown>;
  // pyvideo/data's CI validates without a format checker, so "uri" and "date" are not enforced
  // here; the `url` and `date` rules check them with better messages.
  const options = { allErrors: true, strict: false, verbose: true, formats: { uri: true, date: true } } as const;
  const { Ajv, AjvDraft04 } = ajv();
  const video = new Ajv(options).compile(load("video.json"));
  const category = new AjvDraft04(options).compile(load("category.json"));
  return { video: wrap(video), category: wrap(category) };
}

/** ajv's own findings for a schema of ours: where (a JSON Pointer), which keyword, ajv's message. */
export interface PlainSchemaError {
  pointer: string;
  keyword: string;
  message: string;
}

/** A validator for one of talkdex's own schemas (draft-07, e.g. `schemas/schedule/`); every problem is reported. */
export function schemaValidator(schemaFile: URL): (value: unknown) => PlainSchemaError[] {
  const validate = new (ajv().Ajv)({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaFile, "utf8")) as object);
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
