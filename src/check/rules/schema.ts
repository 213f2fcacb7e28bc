// Rule `schema`: talk and category files against pyvideo/data's JSON Schemas, one clear message per problem.

import type { JsonPath } from "../../load/json-parse.js";
import { pyvideoValidators, type SchemaError } from "../json-schema.js";
import { fileRule, type Finding } from "../rule.js";

/** Validates every talk against video.json and every category.json against category.json. */
export const schemaRule = fileRule({
  id: "schema",
  severity: "error",
  description: "Talk and event files follow pyvideo/data's JSON Schemas (.schemas/video.json, category.json).",
  valuesOnly: true,
  checkFile(file) {
    const validate = file.kind === "talk" ? validators().video : validators().category;
    return describeErrors(validate(file.value), file.value);
  },
});

// Compiled once per thread on first use: compiling costs ~20 ms, validating 22,000 files ~150 ms.
let compiled: ReturnType<typeof pyvideoValidators> | undefined;
function validators(): ReturnType<typeof pyvideoValidators> {
  compiled ??= pyvideoValidators();
  return compiled;
}

type Described = Omit<Finding, "file">;

/** Turns ajv's errors into one message per problem: an `anyOf` failure replaces its branches' errors. */
export function describeErrors(errors: SchemaError[], root: unknown): Described[] {
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.path);
  const insideAnyOf = (e: SchemaError): boolean =>
    e.keyword !== "anyOf" && anyOfPaths.some((p) => p.length <= e.path.length && p.every((s, i) => s === e.path[i]));
  const out: Described[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (insideAnyOf(e)) continue;
    const d = describe(e, root);
    const id = `${JSON.stringify(e.path)}|${d.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(d);
    }
  }
  return out;
}

function describe(e: SchemaError, root: unknown): Described {
  const name = fieldName(e.path);
  const value = valueAt(root, e.path);
  switch (e.keyword) {
    case "required": {
      const missing = String(e.params.missingProperty);
      const field = fieldName([...e.path, missing]);
      return { at: e.path, message: `Missing required field "${field}".`, hint: requiredHint(missing) };
    }
    case "additionalProperties": {
      const extra = String(e.params.additionalProperty);
      return {
        at: [...e.path, extra],
        key: true,
        message: `Field "${extra}" is not allowed here.`,
        hint: `Allowed fields: ${Object.keys((e.parentSchema?.properties as object) ?? {}).join(", ")}. Remove it or fix its spelling.`,
      };
    }
    case "type": {
      const expected = article(String(e.params.type));
      return { at: e.path, message: `"${name}" must be ${expected}, found ${describeValue(value)}.`, hint: typeHint(e.path, expected) };
    }
    case "anyOf": {
      const expected = expectedOf(e.schema);
      return { at: e.path, message: `"${name}" must be ${expected}, found ${describeValue(value)}.`, hint: typeHint(e.path, expected) };
    }
    case "minItems":
      return { at: e.path, message: `"${name}" must list at least ${String(e.params.limit)} item(s).` };
    case "uniqueItems":
      return {
        at: [...e.path, Number(e.params.i)],
        message: `"${name}" lists the same item twice (items ${Number(e.params.j) + 1} and ${Number(e.params.i) + 1}).`,
        hint: "Remove the repeated item.",
      };
    case "minLength":
      return { at: e.path, message: `"${name}" must not be empty.`, hint: "Remove the empty item." };
    case "pattern":
      return { at: e.path, message: `"${name}" does not match the pattern ${String(e.params.pattern)}.` };
    default:
      return { at: e.path, message: `"${name}" is invalid (${e.keyword}).` };
  }
}

function typeHint(path: JsonPath, expected: string): string {
  const field = path[0];
  if (field === "recorded") return 'Write the date as "YYYY-MM-DD" or "YYYY-MM-DDThh:mm:ss", or null when unknown.';
  if (field === "duration") return "Write the length in whole seconds (25 minutes is 1500), or null when unknown.";
  if (field === "speakers" || field === "tags") return `Write a list of strings, e.g. "${field}": ["…"].`;
  if (field === "related_urls") return 'Write each item as "https://…" or {"label": "Slides", "url": "https://…"}.';
  return `Change it to ${expected}.`;
}

function requiredHint(field: string): string {
  if (field === "description" || field === "recorded") return `Add "${field}": null when it is unknown.`;
  if (field === "speakers") return 'Add "speakers": [] when the speakers are unknown.';
  if (field === "videos") return 'Add "videos": [{"type": "youtube", "url": "https://…"}].';
  return `Add "${field}".`;
}

/** ["videos", 0, "url"] → "videos[0].url". */
export function fieldName(path: JsonPath): string {
  let out = "";
  for (const s of path) out += typeof s === "number" ? `[${s}]` : out === "" ? s : `.${s}`;
  return out || "(the file)";
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const s of path) node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[s] : undefined;
  return node;
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: "a string",
    integer: "a whole number",
    number: "a number",
    object: "an object",
    array: "a list",
    null: "null",
    boolean: "true or false",
  };
  return type
    .split(",")
    .map((t) => names[t] ?? t)
    .join(" or ");
}

function expectedOf(schema: unknown): string {
  if (!Array.isArray(schema)) return "valid";
  const parts = schema.map((branch: Record<string, unknown>) => {
    if (typeof branch.pattern === "string") return "a date string (YYYY-MM-DD[Thh:mm:ss[+hh:mm]])";
    if (branch.type === "object" && Array.isArray(branch.required)) return `an object with ${branch.required.join(" and ")}`;
    if (branch.type === "string" && branch.format === "uri") return "a URL string";
    return article(String(branch.type));
  });
  return [...new Set(parts)].join(" or ");
}

/** A short description of a found value for messages. */
export function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === "number") return Number.isInteger(v) ? `the number ${v}` : `the decimal number ${v}`;
  if (typeof v === "boolean") return String(v);
  if (typeof v === "object") return "an object";
  return "nothing";
}
