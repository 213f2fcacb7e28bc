import { test } from "node:test";
import assert from "node:assert/strict";
import { build } from "../../src/build/build.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { MemorySink } from "../../src/output/memory-sink.js";
import { SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";
import { createHtmlValidator, isRstObsoleteMarkup, type HtmlProblem } from "./html-validator.js";
import { pageKind } from "./page-kinds.js";

async function buildInMemory(data: string) {
  const sink = new MemorySink();
  const result = await build({ data, sink, baseUrl: "https://talks.example.org/" });
  const pages = [...sink.files.keys()].filter((p) => p.endsWith(".html")).sort();
  return { sink, result, pages };
}

const sample = buildInMemory(SAMPLE_DATA_DIR);

function describe(problems: readonly (HtmlProblem & { page: string })[]): string {
  return problems.map((p) => `${p.page}:${p.line} ${p.rule}: ${p.message} (${p.selector})`).join("\n");
}

async function validatePages(sink: MemorySink, pages: readonly string[]) {
  const validate = createHtmlValidator();
  const template: (HtmlProblem & { page: string })[] = [];
  const rst: (HtmlProblem & { page: string })[] = [];
  for (const page of pages) {
    for (const p of await validate(sink.text(page), page)) (isRstObsoleteMarkup(p) ? rst : template).push({ ...p, page });
  }
  return { template, rst };
}

test("every HTML page of the sample is valid HTML (html-validate, recommended rules)", async () => {
  const { sink, pages } = await sample;
  const kinds = new Set(pages.map((p) => pageKind(p, sink.text(p))));
  for (const kind of ["home", "talk", "event", "404", "search", "page-about"]) assert.ok(kinds.has(kind), `the sample builds a ${kind} page`);
  const { template } = await validatePages(sink, pages);
  assert.equal(template.length, 0, `html-validate found problems in ${new Set(template.map((p) => p.page)).size} pages:\n${describe(template.slice(0, 40))}`);
});

test("ReST descriptions use no obsolete html4css1 markup (<tt>, <col width>, valign)", async () => {
  const { sink, pages } = await sample;
  const { rst } = await validatePages(sink, pages);
  assert.equal(rst.length, 0, describe(rst.slice(0, 10)));
});

test("every page title of the sample is unique", async () => {
  const { sink, pages } = await sample;
  const byTitle = new Map<string, string[]>();
  for (const page of pages) {
    const html = sink.text(page);
    if (pageKind(page, html) === "redirect") continue;
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    assert.ok(title, `${page} has a title`);
    byTitle.set(title, [...(byTitle.get(title) ?? []), page]);
  }
  const duplicates = [...byTitle].filter(([, p]) => p.length > 1);
  assert.deepEqual(duplicates, []);
});

test("a talk's title and description carry the talk's language, in lists too", async () => {
  const { sink, result } = await sample;
  const spanish = result.catalog?.talks.find((t) => t.language === "spa" && t.description);
  assert.ok(spanish, "the sample has a Spanish talk with a description");
  const html = sink.text(`${spanish.path}.html`);
  assert.match(html, /<article class="talk" lang="es">/);
  assert.match(html, /<dl class="talk-facts" lang="en">/, "labels around it stay English");
  const event = sink.text(`events/${spanish.eventSlug}.html`);
  assert.match(event, new RegExp(`<a class="talk-title" href="/${spanish.path}\\.html" lang="es">`));
});

test("a sample of the snapshot's pages is valid HTML", { skip: SNAPSHOT_SKIP, timeout: 120_000 }, async () => {
  const { sink, pages } = await buildInMemory(SNAPSHOT_DIR);
  // Every 400th page in path order: talk, event, speaker, tag and list pages alike.
  const chosen = pages.filter((_, i) => i % 400 === 0);
  const { template, rst } = await validatePages(sink, chosen);
  assert.ok(chosen.length > 50, `${chosen.length} pages checked`);
  assert.equal(template.length, 0, `html-validate found problems in ${new Set(template.map((p) => p.page)).size} of ${chosen.length} pages:\n${describe(template.slice(0, 60))}`);
  if (rst.length > 0) console.log(`# ${rst.length} obsolete html4css1 elements from the ReST writer in ${new Set(rst.map((p) => p.page)).size} pages (see the todo test)`);
});
