// Argument parsing shared by the commands: node:util's parseArgs with usage errors as UserError.

import { parseArgs, type ParseArgsConfig } from "node:util";
import { UserError } from "../model/user-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Option values by name: strings, booleans, or undefined when absent. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** Parses a command's arguments strictly; unknown options become a usage error naming the command's help. */
export function parseCommandArgs(command: string, args: string[], options: Options): { values: OptionValues } {
  try {
    const { values } = parseArgs({ args, options, allowPositionals: false, strict: true });
    return { values: values as OptionValues };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new UserError(`talkdex ${command}: ${detail}\nRun \`talkdex ${command} --help\` for its options.`, 2);
  }
}

/** A string option's value (undefined when absent). */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/** Reads a choice option, rejecting values outside `choices`. */
export function choice<C extends string>(command: string, name: string, value: string | undefined, choices: readonly C[], fallback: C): C {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as C;
  throw new UserError(`talkdex ${command}: --${name} must be one of ${choices.join(", ")}, not "${value}".`, 2);
}
