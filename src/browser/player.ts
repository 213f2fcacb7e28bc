// Browser code of talk pages: the player facade (load the embed only on play), the source
// switcher, and `#t=1m30s` deep links. DOM only; src/emit/pages/player.tsx writes the markup.

import { embedAt, fragmentStart, formatClock, type StartBy } from "./start-time.js";

type Kind = "iframe" | "video" | "link";

/** What a facade or a source link says about its source. */
interface Source {
  href: string;
  embed: string;
  kind: Kind;
  startBy: StartBy;
  start: number;
  label: string;
}

function sourceOf(a: HTMLAnchorElement): Source {
  const d = a.dataset;
  return {
    href: a.href,
    embed: d.embed ?? a.href,
    kind: (d.kind ?? "link") as Kind,
    startBy: (d.startBy ?? "none") as StartBy,
    start: Number(d.start ?? 0) || 0,
    label: d.label ?? "",
  };
}

/** Replaces the facade with the embed (or a <video>), starting at the page's `#t=` if any. */
function play(stage: HTMLElement, source: Source, title: string): void {
  if (source.kind === "link") {
    window.location.assign(source.href);
    return;
  }
  const at = fragmentStart(window.location.hash);
  const src = embedAt(source.embed, source.startBy, at ?? source.start);
  let el: HTMLIFrameElement | HTMLVideoElement;
  if (source.kind === "iframe") {
    const iframe = document.createElement("iframe");
    iframe.title = `${title} (${source.label})`;
    iframe.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    iframe.allowFullscreen = true;
    iframe.referrerPolicy = "strict-origin-when-cross-origin";
    iframe.src = src;
    el = iframe;
  } else {
    const video = document.createElement("video");
    video.controls = true;
    video.autoplay = true;
    video.preload = "metadata";
    video.setAttribute("aria-label", `${title} (${source.label})`);
    video.src = src;
    el = video;
  }
  stage.dataset.playing = "true";
  stage.replaceChildren(el);
  el.focus();
}

/** Points the facade at another source, keeping its picture. */
function retarget(facade: HTMLAnchorElement, link: HTMLAnchorElement): void {
  for (const key of ["embed", "kind", "startBy", "start", "label"] as const) {
    const value = link.dataset[key];
    if (value === undefined) delete facade.dataset[key];
    else facade.dataset[key] = value;
  }
  facade.href = link.href;
  const label = link.dataset.label ?? "";
  const source = facade.querySelector(".play-source");
  if (source) source.textContent = `on ${label}`;
}

/** Shows the `#t=` start on the facade ("from 1:30"). */
function showStart(facade: HTMLElement | null): void {
  const at = fragmentStart(window.location.hash);
  const span = facade?.querySelector(".play-start");
  if (span) span.textContent = at ? ` from ${formatClock(at)}` : "";
}

function init(): void {
  const stage = document.querySelector<HTMLElement>("[data-player]");
  const template = stage?.querySelector<HTMLAnchorElement>("a.player-facade");
  if (!stage || !template) return;
  const status = document.querySelector<HTMLElement>("[data-player-status]");
  const title = document.querySelector("h1")?.textContent?.trim() || "Video";
  // A pristine copy: switching sources before play shows a facade again, never an embed.
  const pristine = template.cloneNode(true) as HTMLAnchorElement;

  const enhance = (facade: HTMLAnchorElement): void => {
    facade.setAttribute("role", "button");
    // A thumbnail that failed to load leaves the drawn poster visible instead of a broken image.
    const img = facade.querySelector("img");
    if (img?.complete && img.naturalWidth === 0) img.remove();
    else img?.addEventListener("error", () => img.remove(), { once: true });
    showStart(facade);
  };
  enhance(template);
  // The source on the stage, so a new `#t=` can restart it.
  let current = sourceOf(template);

  stage.addEventListener("click", (event) => {
    const facade = (event.target as Element).closest<HTMLAnchorElement>("a.player-facade");
    if (!facade || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    current = sourceOf(facade);
    play(stage, current, title);
  });
  // role=button promises Space as well as Enter.
  stage.addEventListener("keydown", (event) => {
    const facade = (event.target as Element).closest<HTMLAnchorElement>("a.player-facade");
    if (!facade || event.key !== " ") return;
    event.preventDefault();
    current = sourceOf(facade);
    play(stage, current, title);
  });

  const links = [...document.querySelectorAll<HTMLAnchorElement>(".sources a[data-embed]")];
  for (const link of links) {
    link.addEventListener("click", (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      for (const other of links) other.removeAttribute("aria-current");
      link.setAttribute("aria-current", "true");
      const source = sourceOf(link);
      current = source;
      if (stage.dataset.playing === "true" && source.kind !== "link") {
        play(stage, source, title);
        if (status) status.textContent = `Playing the ${source.label} recording.`;
        return;
      }
      const facade = pristine.cloneNode(true) as HTMLAnchorElement;
      retarget(facade, link);
      enhance(facade);
      delete stage.dataset.playing;
      stage.replaceChildren(facade);
      facade.focus();
      if (status) status.textContent = `Switched to the ${source.label} recording. Press play to watch it.`;
    });
  }

  window.addEventListener("hashchange", () => {
    const at = fragmentStart(window.location.hash);
    const video = stage.querySelector("video");
    if (video && at !== undefined) video.currentTime = at;
    else if (stage.dataset.playing === "true" && at !== undefined) play(stage, current, title);
    showStart(stage.querySelector<HTMLElement>("a.player-facade"));
  });
}

init();
