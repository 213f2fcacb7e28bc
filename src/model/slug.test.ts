import { test } from "node:test";
import assert from "node:assert/strict";
import {
  eventSlug,
  metadataList,
  pyvideoPaths,
  slugify,
  speakerPageNames,
  speakerSlug,
  stripTags,
  tagSlug,
  talkSlug,
} from "./slug.js";

test("accented Latin letters lose their accents", () => {
  assert.equal(slugify("Letícia"), "leticia");
  assert.equal(slugify("José García-López"), "jose-garcia-lopez");
});

test("punctuation is dropped and runs of spaces and hyphens become one hyphen", () => {
  assert.equal(slugify("API Evolution the Right Way"), "api-evolution-the-right-way");
  assert.equal(slugify("Hello,  World -- again!"), "hello-world-again");
  assert.equal(slugify("  Python 3.12: what's new?  "), "python-312-whats-new");
});

test("underscores survive and leading hyphens are kept, as in Pelican", () => {
  assert.equal(slugify("__init__ and you"), "__init__-and-you");
  assert.equal(slugify("-Lead"), "-lead");
});

test("HTML tags are stripped and entities unescaped before slugging", () => {
  assert.equal(slugify("Hello <b>World</b>"), "hello-world");
  assert.equal(slugify("a &lt; b &amp;&amp; c &gt; d"), "a-b-c-d");
  assert.equal(slugify("Don&apos;t &quot;panic&quot;"), "dont-panic");
  assert.equal(slugify("caf&#233; &#x4E2D;"), "cafe-zhong");
  assert.equal(stripTags("x <!-- gone --> &unknown; y"), "x &unknown; y");
  assert.equal(slugify("Python <3 Rust"), "python-3-rust");
});

test("CJK, kana and Cyrillic are transliterated like Python's unidecode 1.3.6", () => {
  assert.equal(slugify("東京 Python"), "dong-jing-python");
  assert.equal(slugify("パッケージ"), "patsukezi");
  assert.equal(slugify("しっぽ"), "shitsupo");
  assert.equal(slugify("Объект"), "obekt");
  assert.equal(slugify("Ёлка"), "iolka");
  assert.equal(slugify("1¼ cups"), "114-cups");
});

test("kana written with combining sound marks compose first (NFKC), as on pyvideo.org", () => {
  assert.equal(slugify("PYCON\u30db\u309a\u30b9\u30bf\u30fc"), "pyconposuta");
});

test("talk slugs prefer the slug field, verbatim apart from whitespace", () => {
  assert.equal(talkSlug({ slug: "api-evolution-the-right-way", title: "Anything" }), "api-evolution-the-right-way");
  assert.equal(talkSlug({ slug: "  kept_As-is ", title: "x" }), "kept_As-is");
  assert.equal(talkSlug({ slug: null, title: "API Evolution the Right Way" }), "api-evolution-the-right-way");
  assert.equal(talkSlug({ slug: "   ", title: "Blank slug" }), "blank-slug");
  assert.equal(talkSlug({}), "title");
});

test("events are filed under their slugified title, falling back to the folder name", () => {
  assert.equal(eventSlug("pycon-us-2019", "PyCon US 2019"), "pycon-us-2019");
  assert.equal(eventSlug("pycon-jp-2014", "PyCon Japan 2014"), "pycon-japan-2014");
  assert.equal(eventSlug("some-folder", undefined), "some-folder");
});

test("pyvideo.org paths for talks, events, speakers, tags and feeds", () => {
  const event = eventSlug("pycon-us-2019", "PyCon US 2019");
  const talk = talkSlug({ title: "API Evolution the Right Way" });
  assert.equal(pyvideoPaths.talk(event, talk), "pycon-us-2019/api-evolution-the-right-way.html");
  assert.equal(pyvideoPaths.event(event), "events/pycon-us-2019.html");
  assert.equal(pyvideoPaths.speaker(speakerSlug("A. Jesse Jiryu Davis")), "speaker/a-jesse-jiryu-davis.html");
  assert.equal(pyvideoPaths.tagUrl(tagSlug("Lightning Talks")), "tag/lightning-talks/");
  assert.equal(pyvideoPaths.tag(tagSlug("lightning talks")), "tag/lightning-talks/index.html");
  assert.equal(pyvideoPaths.feed("speaker", "glyph", "atom"), "feeds/speaker_glyph.atom.xml");
});

test("speaker and tag lists are read like Pelican's metadata lists", () => {
  assert.deepEqual(metadataList([" Ann ", "", "Bob", "Ann", 3]), ["Ann", "Bob"]);
  assert.deepEqual(metadataList("Doe, Jane; Roe, Richard"), ["Doe, Jane", "Roe, Richard"]);
  assert.deepEqual(metadataList("ann, bob"), ["ann", "bob"]);
  assert.deepEqual(metadataList(undefined), []);
  assert.deepEqual(speakerPageNames([]), ["Unknown"]);
});

test("regression: a slug field that is not one safe path segment cannot leave the event folder", () => {
  assert.equal(talkSlug({ slug: "../../etc/passwd", title: "x" }), "etcpasswd");
  assert.equal(talkSlug({ slug: "a/b", title: "x" }), "ab");
  assert.equal(talkSlug({ slug: "..", title: "Real Title" }), "real-title");
  assert.equal(talkSlug({ slug: "Contain_Yourself" }), "Contain_Yourself", "pyvideo's own slugs are kept verbatim");
  assert.equal(talkSlug({ slug: "-pycon-apac-2014" }), "-pycon-apac-2014");
});
