// Small typed accessors for raw JSON records, so rules stay defensive about types.

export { isRecord } from "../../model/json-value.js";

/** The string at `key`, or undefined. */
export function str(data: Record<string, unknown>, key: string): string | undefined {
  const v = data[key];
  return typeof v === "string" ? v : undefined;
}

/** The array at `key`, or an empty array. */
export function list(data: Record<string, unknown>, key: string): unknown[] {
  const v = data[key];
  return Array.isArray(v) ? v : [];
}
