import { test } from "node:test";
import assert from "node:assert/strict";
import { manifestText } from "./disk-sink.js";

test("the manifest's text is JSON.stringify of the manifest object, files in the order given", () => {
  const files: [string, string][] = [
    ["404.html", "a"],
    ["_redirects", "b-_"],
    ['odd/"quoted"\\name.html', "c"],
    ["événements/ünïcode-😀.html", "d"],
    ["tag/x/index.html", "e"],
  ];
  const build = { input: "fp", result: { summary: { talks: 1 }, diagnostics: [{ message: 'say "hi"\n' }] }, stats: { files: 5, bytes: 9, largestPage: { path: "404.html", bytes: 3 }, written: 5, unchanged: 0, removed: 0 } };
  assert.equal(manifestText(build, files), `${JSON.stringify({ talkdex: 1, build, files: Object.fromEntries(files) })}\n`);
  assert.equal(manifestText(undefined, files), `${JSON.stringify({ talkdex: 1, files: Object.fromEntries(files) })}\n`);
  assert.equal(manifestText(undefined, []), '{"talkdex":1,"files":{}}\n');
  assert.deepEqual(JSON.parse(manifestText(build, files)).files, Object.fromEntries(files));
});
