// Browser code of talk pages: the player facade (load the embed only on play), the source
// switcher, and `#t=1m30s` deep links. DOM only; no Node types.

type Kind = "iframe" | "video" | "link";

/** Seconds of a `#t=` fragment ("90", "1m30s", "1h2m3s"), or 0. */
function fragmentStart(hash: string): number {
  const m = /^#t=(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(hash);
  if (!m) return 0;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** The embed URL with a start offset applied (YouTube/PeerTube/archive `start=`, Vimeo and files `#t=`). */
function withStart(embed: string, kind: Kind, seconds: number): string {
  if (seconds <= 0) return embed;
  if (kind === "video" || embed.includes("player.vimeo.com")) return `${embed.replace(/#.*$/, "")}#t=${seconds}`;
  const url = new URL(embed);
  url.searchParams.set("start", String(seconds));
  return url.toString();
}

function play(stage: HTMLElement, embed: string, kind: Kind, title: string): void {
  if (kind === "link") {
    window.location.href = embed;
    return;
  }
  const start = fragmentStart(window.location.hash);
  let el: HTMLIFrameElement | HTMLVideoElement;
  if (kind === "iframe") {
    const iframe = document.createElement("iframe");
    iframe.src = withStart(embed, kind, start);
    iframe.title = title;
    iframe.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    iframe.allowFullscreen = true;
    iframe.referrerPolicy = "strict-origin-when-cross-origin";
    el = iframe;
  } else {
    const video = document.createElement("video");
    video.src = withStart(embed, kind, start);
    video.controls = true;
    video.autoplay = true;
    video.setAttribute("aria-label", title);
    el = video;
  }
  stage.replaceChildren(el);
  el.focus();
}

function init(): void {
  const stage = document.querySelector<HTMLElement>("[data-player]");
  if (!stage) return;
  const title = document.querySelector("h1")?.textContent ?? "Video";
  stage.addEventListener("click", (event) => {
    const facade = (event.target as Element).closest<HTMLAnchorElement>("a.player-facade");
    if (!facade?.dataset.embed) return;
    event.preventDefault();
    play(stage, facade.dataset.embed, (facade.dataset.kind ?? "link") as Kind, title);
  });
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".sources a[data-embed]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      for (const other of document.querySelectorAll(".sources a[aria-current]")) other.removeAttribute("aria-current");
      link.setAttribute("aria-current", "true");
      play(stage, link.dataset.embed ?? link.href, (link.dataset.kind ?? "link") as Kind, `${title} (${link.textContent ?? ""})`);
    });
  }
  if (fragmentStart(window.location.hash) > 0) {
    const facade = stage.querySelector<HTMLAnchorElement>("a.player-facade");
    const label = facade?.querySelector(".play-label");
    if (label) label.textContent = `${label.textContent ?? ""} — starts at ${window.location.hash.slice(3)}`;
  }
}

init();
