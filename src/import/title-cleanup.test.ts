import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanTitle, looksLikeName } from "./title-cleanup.js";

const event = { eventTitle: "PyCon US 2025" };

test("a leading speaker and a trailing conference name are split off", () => {
  assert.deepEqual(cleanTitle("Jane Doe - Writing Fast Parsers | PyCon US 2025", event), { title: "Writing Fast Parsers", speakers: ["Jane Doe"] });
});

test("a conference prefix is dropped and speakers in parentheses are taken", () => {
  assert.deepEqual(cleanTitle("PyCon US 2025: Writing Fast Parsers (Jane Doe, John Roe)", event), {
    title: "Writing Fast Parsers",
    speakers: ["Jane Doe", "John Roe"],
  });
});

test("\"by\" names the speakers, joined by and or &", () => {
  assert.deepEqual(cleanTitle("Scaling Postgres by Jamal Osei and Mei Tanaka"), { title: "Scaling Postgres", speakers: ["Jamal Osei", "Mei Tanaka"] });
  assert.deepEqual(cleanTitle("Scaling Postgres by Jamal Osei & María José García"), { title: "Scaling Postgres", speakers: ["Jamal Osei", "María José García"] });
});

test("a trailing name after a dash is the speaker", () => {
  assert.deepEqual(cleanTitle("Deep Learning on the Edge - Priya Raman"), { title: "Deep Learning on the Edge", speakers: ["Priya Raman"] });
  assert.deepEqual(cleanTitle("Deep Learning - The Practical Way"), { title: "Deep Learning - The Practical Way", speakers: [] });
});

test("a keynote naming a person becomes a Keynote by that person; a keynote with a title stays whole", () => {
  assert.deepEqual(cleanTitle("Keynote: Grace Okafor"), { title: "Keynote", speakers: ["Grace Okafor"] });
  assert.deepEqual(cleanTitle("Keynote: The Future of Python"), { title: "Keynote: The Future of Python", speakers: [] });
});

test("a year-bearing suffix is dropped even without the event's title, and titles that only look split stay whole", () => {
  assert.deepEqual(cleanTitle("Python at Scale - EuroPython 2024"), { title: "Python at Scale", speakers: [] });
  assert.deepEqual(cleanTitle("Django - The Web Framework"), { title: "Django - The Web Framework", speakers: [] });
  assert.deepEqual(cleanTitle("Lightning Talks (Day 1)"), { title: "Lightning Talks (Day 1)", speakers: [] });
  assert.deepEqual(cleanTitle("Async: A Tale of Two Loops"), { title: "Async: A Tale of Two Loops", speakers: [] });
});

test("a per-import pattern with named groups wins, and falls back to the rules when it does not match", () => {
  const pattern = /^(?<title>.+?) \/\/ (?<speaker>.+)$/u;
  assert.deepEqual(cleanTitle("Fast Parsers // jane doe, john roe", { pattern }), { title: "Fast Parsers", speakers: ["jane doe", "john roe"] });
  assert.deepEqual(cleanTitle("Jane Doe - Fast Parsers", { pattern }), { title: "Fast Parsers", speakers: ["Jane Doe"] });
});

test("names are two to five capitalised words, particles allowed inside", () => {
  assert.equal(looksLikeName("Guido van Rossum"), true);
  assert.equal(looksLikeName("Ana Lima"), true);
  assert.equal(looksLikeName("Django"), false);
  assert.equal(looksLikeName("The Web Framework"), false);
  assert.equal(looksLikeName("Part 2"), false);
});

test("a colon introduces a subtitle, not a speaker, and a lone name is never left as the title", () => {
  assert.deepEqual(cleanTitle("Effortless Logging: A deep dive into the logging module"), { title: "Effortless Logging: A deep dive into the logging module", speakers: [] });
  assert.deepEqual(cleanTitle("DjangoCon 2012 Keynote - Geoff Schmidt", { eventTitle: "DjangoCon US 2012" }), { title: "DjangoCon 2012 Keynote", speakers: ["Geoff Schmidt"] });
  assert.deepEqual(cleanTitle("Computação Neuromórfica - Caroline Dantas"), { title: "Computação Neuromórfica - Caroline Dantas", speakers: [] }, "both sides look like names");
  assert.deepEqual(cleanTitle("Django: the web framework that changed my life", { eventTitle: "DjangoCon US 2019" }), { title: "Django: the web framework that changed my life", speakers: [] });
});
