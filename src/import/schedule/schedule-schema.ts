// Validates schedule.json against our JSON Schema of the frab/pretalx format (schemas/schedule/).

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { schemaValidator } from "../../check/json-schema.js";
import { PACKAGE_ROOT } from "../../runtime/package-root.js";

/** One problem: where in the document, and what is wrong. */
export interface ScheduleProblem {
  pointer: string;
  message: string;
}

/** Returns a validator for schedule.json documents; every problem is reported, not only the first. */
export function scheduleValidator(): (value: unknown) => ScheduleProblem[] {
  const validate = schemaValidator(pathToFileURL(join(PACKAGE_ROOT, "schemas", "schedule", "schedule.schema.json")));
  return (value) =>
    validate(value)
      // anyOf failures repeat their branches' errors; the branches' messages say more.
      .filter((e) => e.keyword !== "anyOf")
      .map(({ pointer, message }) => ({ pointer, message }));
}
