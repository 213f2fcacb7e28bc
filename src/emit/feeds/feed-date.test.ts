import { test } from "node:test";
import assert from "node:assert/strict";
import { atomDate, rssDate } from "./feed-date.js";

test("calendar dates become midnight UTC in RFC 3339 and RFC 822 with the right weekday", () => {
  assert.equal(atomDate("2019-05-03"), "2019-05-03T00:00:00Z");
  assert.equal(rssDate("2019-05-03"), "Fri, 03 May 2019 00:00:00 +0000");
  assert.equal(rssDate("2000-02-29"), "Tue, 29 Feb 2000 00:00:00 +0000");
});
