// `--update`'s rule: a field a person left empty may be filled; a field with a value is theirs and stays.

/** Whether a talk or event field counts as empty: absent, null, blank text or an empty list. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

/** `existing` with every empty field taken from `incoming`, and the names of the fields filled (sorted). */
export function fillEmpty(existing: Record<string, unknown>, incoming: Record<string, unknown>): { merged: Record<string, unknown>; filled: string[] } {
  const merged = { ...existing };
  const filled: string[] = [];
  for (const [key, value] of Object.entries(incoming)) {
    if (isEmptyValue(value) || !isEmptyValue(existing[key])) continue;
    merged[key] = value;
    filled.push(key);
  }
  return { merged, filled: filled.sort() };
}
