import { test } from "node:test";
import assert from "node:assert/strict";
import { applySession } from "./apply-session.js";
import type { ScheduleSession } from "./schedule-session.js";

const session: ScheduleSession = {
  id: "S1",
  title: "Typed pipelines",
  speakers: ["Ana Lima"],
  abstract: "Short.",
  description: "Long.",
  language: "por",
  start: "2025-05-17T10:30:00+01:00",
  duration: 1800,
  track: "Data",
  url: "https://pretalx.example.org/e/talk/S1/",
  doNotRecord: false,
};

test("the schedule's title, speakers, language and start win; a description and duration already there are kept", () => {
  const talk = { title: "Typed Pipelines!", speakers: ["A. Lima"], language: "eng", recorded: "2025-05-20", description: "Hand-written.", duration: 1805, tags: ["data"] };
  const { merged, changed } = applySession(talk, session);
  assert.deepEqual(changed, ["language", "recorded", "related_urls", "speakers", "title"]);
  assert.equal(merged.description, "Hand-written.");
  assert.equal(merged.duration, 1805);
  assert.deepEqual(merged.tags, ["data"], "the track is already a tag, in another case");
  assert.deepEqual(merged.related_urls, [{ label: "Talk schedule", url: session.url }]);
});

test("empty fields are filled from the abstract and description, and merging twice changes nothing more", () => {
  const { merged } = applySession({ title: "x", speakers: [], description: "", videos: [] }, session);
  assert.equal(merged.description, "Short.\n\nLong.");
  assert.equal(merged.duration, 1800);
  assert.deepEqual(merged.tags, ["Data"]);
  assert.deepEqual(applySession(merged, session).changed, []);
});

test("once merged, a talk's edited title and speakers survive merging the schedule again", () => {
  const first = applySession({ title: "x", speakers: [], description: "", videos: [] }, session).merged;
  const edited = { ...first, title: "Typed Pipelines (revised)", speakers: ["Ana Lima", "Bo Lee"], language: "" };
  const again = applySession(edited, session);
  assert.deepEqual(again.changed, ["language"], "only the emptied field is filled");
  assert.equal(again.merged.title, "Typed Pipelines (revised)");
  assert.deepEqual(again.merged.speakers, ["Ana Lima", "Bo Lee"]);
});
