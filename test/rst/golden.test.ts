// Golden cases: small hand-written texts in test/fixtures/rst with docutils 0.19's HTML and messages
// (generated once by test/rst/make-golden.py and committed), compared on links, text, blocks and diagnostics.
// A `<name>.deviation.json` file records where we differ from docutils on purpose (safety) and what we expect.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { renderRst } from "../../src/rst/index.js";
import { blockSequence, linkTargets, visibleText } from "./html-metrics.js";

const DIR = fileURLToPath(new URL("../fixtures/rst/", import.meta.url));

interface Message {
  line: number | null;
  level: number;
  message: string;
}

interface Deviation {
  reason: string;
  /** Comparisons with docutils that do not apply to this case. */
  skip: ("links" | "text" | "blocks" | "messages")[];
  /** Our expected diagnostics when they differ from docutils'. */
  messages?: Message[];
  /** Strings that must never appear in our HTML. */
  mustNotContain?: string[];
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".rst"))
  .map((f) => f.slice(0, -4))
  .sort();

const key = (m: Message): string => `${m.line ?? 0}:${m.level}:${m.message}`;

describe("golden reStructuredText cases agree with docutils", () => {
  test("there are at least 60 golden cases", () => {
    assert.ok(names.length >= 60, `only ${names.length} cases`);
  });
  for (const name of names) {
    test(`case ${name} renders like docutils`, () => {
      const text = readFileSync(`${DIR}${name}.rst`, "utf8");
      const expected = readFileSync(`${DIR}${name}.html`, "utf8");
      const expectedMessages = JSON.parse(readFileSync(`${DIR}${name}.messages.json`, "utf8")) as Message[];
      const deviationFile = `${DIR}${name}.deviation.json`;
      const deviation: Deviation | undefined = existsSync(deviationFile) ? (JSON.parse(readFileSync(deviationFile, "utf8")) as Deviation) : undefined;
      const skip = new Set(deviation?.skip ?? []);
      const { html, diagnostics } = renderRst(text);
      if (!skip.has("links")) assert.deepEqual(linkTargets(html), linkTargets(expected), "link targets");
      if (!skip.has("text")) assert.equal(visibleText(html), visibleText(expected), "visible text");
      if (!skip.has("blocks")) assert.equal(blockSequence(html), blockSequence(expected), "block sequence");
      const wanted = deviation?.messages ?? (skip.has("messages") ? undefined : expectedMessages);
      if (wanted) assert.deepEqual(diagnostics.map(key).sort(), wanted.map(key).sort(), "diagnostics");
      for (const bad of deviation?.mustNotContain ?? []) assert.ok(!html.includes(bad), `output contains ${bad}`);
    });
  }
});
