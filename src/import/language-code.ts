// Language codes from platforms and schedules ("en", "pt-BR", "English") as the ISO 639-3 codes talk files carry.

import { suggestLanguage } from "../model/language.js";

/** The ISO 639-3 code for a platform's language value, or undefined when it names no language. */
export function toIso6393(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  // Platforms write "und", "zxx" or "mul" when they do not know; a talk file should then say nothing.
  if (text === "" || /^(?:und|zxx|mul|mis|none|null)$/i.test(text)) return undefined;
  return suggestLanguage(text);
}
