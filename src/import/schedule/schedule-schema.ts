// Validates schedule.json against our JSON Schema of the frab/pretalx format (schemas/schedule/).

import { readFileSync } from "node:fs";
import { Ajv } from "ajv";

/** One problem: where in the document, and what is wrong. */
export interface ScheduleProblem {
  pointer: string;
  message: string;
}

/** Returns a validator for schedule.json documents; every problem is reported, not only the first. */
export function scheduleValidator(): (value: unknown) => ScheduleProblem[] {
  const schema = JSON.parse(readFileSync(new URL("../../../schemas/schedule/schedule.schema.json", import.meta.url), "utf8")) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  return (value) =>
    validate(value)
      ? []
      : (validate.errors ?? [])
          // anyOf failures repeat their branches' errors; the branches' messages say more.
          .filter((e) => e.keyword !== "anyOf")
          .map((e) => ({ pointer: e.instancePath || "/", message: e.message ?? e.keyword }));
}
