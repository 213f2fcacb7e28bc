import { test } from "node:test";
import assert from "node:assert/strict";
import { embedAt, embedFor, parseTime, sourceLabel, sourceLabels, startOffset } from "./embed.js";

// URL shapes taken from the pyvideo/data snapshot (one or more real URLs of each shape).
const yt = (url: string) => embedFor({ type: "youtube", url });

test("time values parse as seconds in every spelling the data uses", () => {
  assert.equal(parseTime("95"), 95);
  assert.equal(parseTime("95s"), 95);
  assert.equal(parseTime("1m30s"), 90);
  assert.equal(parseTime("1h02m15s"), 3735);
  assert.equal(parseTime("3h33m23s"), 12803);
  assert.equal(parseTime("soon"), 0);
});

test("the start offset of a source URL is read from t=, start= and #t=", () => {
  assert.equal(startOffset("https://www.youtube.com/watch?v=bghG7zz8G2I&t=7047"), 7047);
  assert.equal(startOffset("https://www.youtube.com/watch?v=x6b7U9GpfQk&t=3h33m23s"), 12803);
  assert.equal(startOffset("https://youtu.be/Gkrep3uAAIW?t=7047"), 7047);
  assert.equal(startOffset("https://www.youtube.com/embed/gznPQpZH1Yc?start=95&end=200"), 95);
  assert.equal(startOffset("https://media.example.org/a.mp4#t=12"), 12);
  assert.equal(startOffset("https://www.youtube.com/watch?v=01z4hEaR4SE&ab_channel=DjangoConEurope"), 0);
  assert.equal(startOffset("https://example.org/watch?at=5"), 0);
});

test("YouTube watch, youtu.be, http and embed URLs play through youtube-nocookie with their start offset", () => {
  assert.deepEqual(yt("https://www.youtube.com/watch?v=gznPQpZH1Yc"), {
    kind: "iframe",
    embed: "https://www.youtube-nocookie.com/embed/gznPQpZH1Yc?autoplay=1",
    start: 0,
    startBy: "query",
  });
  assert.equal(yt("https://youtu.be/9T91U4RjLnk").embed, "https://www.youtube-nocookie.com/embed/9T91U4RjLnk?autoplay=1");
  assert.equal(yt("http://youtu.be/dHP7qo2xyX0").embed, "https://www.youtube-nocookie.com/embed/dHP7qo2xyX0?autoplay=1");
  assert.equal(yt("http://youtube.com/watch?v=Dpc-bGwyJmk").embed, "https://www.youtube-nocookie.com/embed/Dpc-bGwyJmk?autoplay=1");
  assert.equal(yt("https://www.youtube.com/embed/Dpc-bGwyJmk").embed, "https://www.youtube-nocookie.com/embed/Dpc-bGwyJmk?autoplay=1");
  assert.equal(yt("https://www.youtube.com/watch?v=01z4hEaR4SE&ab_channel=DjangoConEurope").embed, "https://www.youtube-nocookie.com/embed/01z4hEaR4SE?autoplay=1");
  assert.equal(yt("https://www.youtube.com/watch?v=bghG7zz8G2I&t=7047").embed, "https://www.youtube-nocookie.com/embed/bghG7zz8G2I?autoplay=1&start=7047");
  assert.equal(yt("https://www.youtube.com/watch?v=x6b7U9GpfQk&t=3h33m23s").embed, "https://www.youtube-nocookie.com/embed/x6b7U9GpfQk?autoplay=1&start=12803");
});

test("Vimeo plays in its player with dnt=1, keeping the hash of unlisted videos", () => {
  assert.equal(embedFor({ type: "vimeo", url: "https://vimeo.com/170384415" }).embed, "https://player.vimeo.com/video/170384415?dnt=1&autoplay=1");
  assert.equal(embedFor({ type: "vimeo", url: "http://vimeo.com/11980200" }).embed, "https://player.vimeo.com/video/11980200?dnt=1&autoplay=1");
  assert.equal(embedFor({ type: "vimeo", url: "https://vimeo.com/channels/staffpicks/170384415" }).embed, "https://player.vimeo.com/video/170384415?dnt=1&autoplay=1");
  assert.equal(embedFor({ type: "vimeo", url: "https://vimeo.com/170384415/8a9c2b1f0e" }).embed, "https://player.vimeo.com/video/170384415?h=8a9c2b1f0e&dnt=1&autoplay=1");
  assert.equal(embedFor({ type: "vimeo", url: "https://vimeo.com/170384415#t=90s" }).embed, "https://player.vimeo.com/video/170384415?dnt=1&autoplay=1#t=90s");
});

test("PeerTube watch, short and embed URLs of any instance play in the instance's embed", () => {
  const watch = embedFor({ type: "peertube", url: "https://indymotion.fr/videos/watch/e8f13183-57c6-4a9b-a92d-7e7362b57f0e" });
  assert.equal(watch.embed, "https://indymotion.fr/videos/embed/e8f13183-57c6-4a9b-a92d-7e7362b57f0e?autoplay=1");
  assert.equal(embedFor({ type: "peertube", url: "https://tube.example.com/w/9mZq4TkP2xRa7Lb1Cw3N8e" }).embed, "https://tube.example.com/videos/embed/9mZq4TkP2xRa7Lb1Cw3N8e?autoplay=1");
  assert.equal(embedFor({ type: "peertube", url: "https://bittube.video/videos/watch/6a4b7aa9-575e-4355-8c5b-6cbb2847626a?start=60" }).embed, "https://bittube.video/videos/embed/6a4b7aa9-575e-4355-8c5b-6cbb2847626a?autoplay=1&start=60");
});

test("archive.org details URLs, with or without a file, play in the archive.org embed", () => {
  assert.equal(
    embedFor({ type: "archive.org", url: "https://archive.org/details/pyvideo_481___pyconau-2010-hard-real-time-python-or-giant-robots-of-doom" }).embed,
    "https://archive.org/embed/pyvideo_481___pyconau-2010-hard-real-time-python-or-giant-robots-of-doom",
  );
  assert.equal(
    embedFor({ type: "archive", url: "https://archive.org/details/Apr_24-Intro_to_PropertyBased_Testing_with_Hypothesis/Intro_to_PropertyBased_Testing_with_Hypothesis.mp4" }).embed,
    "https://archive.org/embed/Apr_24-Intro_to_PropertyBased_Testing_with_Hypothesis/Intro_to_PropertyBased_Testing_with_Hypothesis.mp4",
  );
  assert.equal(embedFor({ type: "flv", url: "https://archive.org/details/pyvideo_468___pyconau-2010-getting-started-with-apache-mod-wsgi/" }).kind, "iframe");
});

test("mp4, webm, ogv and mkv files play in <video>, signed query strings untouched", () => {
  const signed = "http://s3.us.archive.org/nextdayvideo/psf/pycon2013/Pyramid_for_Humans.mp4?Signature=4AdEu7Qqi5cwSAys7J48W8QLQ%2FA%3D&Expires=1363917984&AWSAccessKeyId=FEWGReWX3QbNk0h3";
  assert.deepEqual(embedFor({ type: "mp4", url: signed }), { kind: "video", embed: signed, start: 0, startBy: "media" });
  for (const url of [
    "https://archive.org/download/pyconza2013-pinch-of-salt/pyconza2013-pinch-of-salt.ogv",
    "https://dl.afpy.org/pycon-fr-18/conference-pleniere-1-science-and-open-source-what-do-we-learn-from-each-other.mkv",
    "https://video.fosdem.org/2017/UD2.120/python_grimoirlab.vp8.webm",
    "https://ftp.osuosl.org/pub/fosdem/2018/K.1.105%20(La%20Fontaine)/cython.webm",
  ])
    assert.equal(embedFor({ type: url.slice(url.lastIndexOf(".") + 1), url }).kind, "video", url);
});

test("hosts talkdex cannot embed stay plain links", () => {
  assert.equal(embedFor({ type: "teletek.es", url: "https://replay.teltek.es/video/594a215ba7bc28441b8b45c2" }).kind, "link");
  assert.equal(embedFor({ type: "blip.tv", url: "http://blip.tv/file/3840816" }).kind, "link");
});

test("a page's #t= start replaces the source's own start in every kind of embed", () => {
  const youtube = yt("https://www.youtube.com/watch?v=bghG7zz8G2I&t=7047");
  assert.equal(embedAt(youtube, 90), "https://www.youtube-nocookie.com/embed/bghG7zz8G2I?autoplay=1&start=90");
  assert.equal(embedAt(youtube, 0), "https://www.youtube-nocookie.com/embed/bghG7zz8G2I?autoplay=1");
  assert.equal(embedAt(embedFor({ type: "vimeo", url: "https://vimeo.com/170384415" }), 90), "https://player.vimeo.com/video/170384415?dnt=1&autoplay=1#t=90s");
  assert.equal(embedAt(embedFor({ type: "mp4", url: "https://media.example.org/a.mp4#t=5" }), 90), "https://media.example.org/a.mp4#t=90");
  assert.equal(embedAt(embedFor({ type: "archive.org", url: "https://archive.org/details/x" }), 90), "https://archive.org/embed/x?start=90");
  const link = embedFor({ type: "blip.tv", url: "http://blip.tv/file/3840816" });
  assert.equal(embedAt(link, 90), "http://blip.tv/file/3840816");
});

test("sources are labelled by host, and repeated labels are numbered", () => {
  assert.equal(sourceLabel({ type: "archive", url: "https://archive.org/details/x" }), "Internet Archive");
  assert.equal(sourceLabel({ type: "mkv", url: "https://dl.afpy.org/x.mkv" }), "MKV file");
  assert.equal(sourceLabel({ type: "teletek.es", url: "https://replay.teltek.es/video/1" }), "replay.teltek.es");
  assert.deepEqual(sourceLabels([{ type: "youtube", url: "https://youtu.be/a" }, { type: "mp4", url: "https://x/a.mp4" }, { type: "youtube", url: "https://youtu.be/b" }]), ["YouTube", "MP4 file", "YouTube (2)"]);
});

test("every youtube, vimeo, peertube and archive.org source of the snapshot embeds, and every file plays in <video>", async (t) => {
  const { SNAPSHOT_DIR, SNAPSHOT_SKIP } = await import("../../test/helpers/shared.js");
  if (SNAPSHOT_SKIP) return t.skip(SNAPSHOT_SKIP);
  const { readdirSync, readFileSync, existsSync } = await import("node:fs");
  const { join } = await import("node:path");
  const wrong: string[] = [];
  let checked = 0;
  for (const event of readdirSync(SNAPSHOT_DIR)) {
    const dir = join(SNAPSHOT_DIR, event, "videos");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      if (!file.endsWith(".json")) continue;
      let videos: { type?: unknown; url?: unknown }[] = [];
      try {
        videos = (JSON.parse(readFileSync(join(dir, file), "utf8")) as { videos?: typeof videos }).videos ?? [];
      } catch {
        continue; // broken files are the checker's business
      }
      for (const v of videos) {
        if (typeof v.type !== "string" || typeof v.url !== "string") continue;
        checked++;
        const e = embedFor({ type: v.type, url: v.url });
        const want = ["youtube", "vimeo", "peertube", "archive.org", "archive"].includes(v.type) ? "iframe" : ["mp4", "webm", "ogv", "mkv"].includes(v.type) ? "video" : undefined;
        if (want && e.kind !== want) wrong.push(`${event}/videos/${file}: ${v.type} ${v.url} → ${e.kind}`);
        if (v.type === "youtube" && !e.embed.startsWith("https://www.youtube-nocookie.com/embed/")) wrong.push(`${file}: ${v.url}`);
      }
    }
  }
  assert.ok(checked > 20_000, `${checked} sources checked`);
  assert.deepEqual(wrong, []);
});

test("an embed URL without a start time comes back exactly as the URL parser would give it", () => {
  // The parser's answer, by hand: what embedAt returned before its shortcut for plain URLs.
  const parsed = (embed: string): string => {
    const url = new URL(embed.replace(/#.*$/, ""));
    url.searchParams.delete("start");
    return url.toString();
  };
  const embeds = [
    "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
    "https://www.youtube-nocookie.com/embed/a_b-c.d?autoplay=1",
    "https://tube.example.com/videos/embed/9mZq4TkP2xRa7Lb1Cw3N8e?autoplay=1",
    "https://Tube.Example.com/videos/embed/x?autoplay=1",
    "https://tube.example.com/videos/../embed/x?autoplay=1",
    "https://tube.example.com/videos/./embed/x?autoplay=1",
    "https://archive.org/embed/some item/file name.mp4",
    "https://archive.org/embed/caf%C3%A9?autoplay=1",
    "https://archive.org/embed/ünïcode?autoplay=1",
    "https://tube.example.com/videos/embed/x?autoplay=1&start=30",
    "https://tube.example.com/videos/embed/x?start=30&autoplay=1",
    "https://tube.example.com:443/videos/embed/x?autoplay=1",
    "https://tube.example.com/videos/embed/x/?autoplay=1#t=5",
  ];
  for (const embed of embeds) assert.equal(embedAt({ kind: "iframe", embed, start: 0, startBy: "query" }, 0), parsed(embed), embed);
});
