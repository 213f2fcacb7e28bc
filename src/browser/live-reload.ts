// Live reload while `talkdex serve` runs (injected by the server, never part of a built site):
// reloads the page when the server says its file changed, and shows the data's errors in an
// overlay built with textContent only — messages quote data files and are never parsed as HTML.

interface Problem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  hint?: string;
}

interface OverlayState {
  applied: boolean;
  problems: Problem[];
}

const OVERLAY_ID = "talkdex-overlay";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, css: Partial<CSSStyleDeclaration> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  Object.assign(el.style, css);
  return el;
}

function hideOverlay(): void {
  document.getElementById(OVERLAY_ID)?.remove();
}

function showOverlay(state: OverlayState): void {
  hideOverlay();
  const box = element("section", undefined, {
    position: "fixed", left: "0", right: "0", bottom: "0", maxHeight: "60vh", overflow: "auto", zIndex: "2147483647",
    background: "#2b0d0d", color: "#fff", font: "14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
    padding: "12px 16px", boxShadow: "0 -4px 16px rgba(0,0,0,.4)", borderTop: "4px solid #e5484d",
  });
  box.id = OVERLAY_ID;
  box.setAttribute("role", "alert");
  const title = state.applied
    ? `talkdex: ${state.problems.length} error(s) in the data you are editing`
    : `talkdex: the last change was not applied (${state.problems.length} error(s)); this is the last good version`;
  const close = element("button", "×", { float: "right", background: "none", border: "0", color: "#fff", fontSize: "20px", cursor: "pointer" });
  close.type = "button";
  close.setAttribute("aria-label", "Close");
  close.addEventListener("click", hideOverlay);
  box.append(close, element("strong", title, { display: "block", marginBottom: "8px" }));
  const list = element("ul", undefined, { margin: "0", padding: "0", listStyle: "none" });
  for (const p of state.problems) {
    const item = element("li", undefined, { margin: "0 0 8px" });
    const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
    item.append(element("code", where, { color: "#ffb4b4" }), document.createTextNode(`  ${p.rule}  `), element("span", p.message));
    if (p.hint) item.append(element("div", `hint: ${p.hint}`, { color: "#d0d0d0", paddingLeft: "2em" }));
    list.append(item);
  }
  box.append(list);
  document.body.append(box);
}

function connect(): void {
  const source = new EventSource(`/_talkdex/events?path=${encodeURIComponent(location.pathname)}`);
  let server: string | undefined;
  source.addEventListener("hello", (e) => {
    const id = (JSON.parse((e as MessageEvent<string>).data) as { server: string }).server;
    // A different server id means talkdex serve restarted: the page may be stale.
    if (server !== undefined && id !== server) location.reload();
    server = id;
    // Lets tests (and the curious) see that the page is listening.
    document.documentElement.dataset.talkdexLive = "connected";
  });
  source.addEventListener("reload", () => location.reload());
  source.addEventListener("problems", (e) => showOverlay(JSON.parse((e as MessageEvent<string>).data) as OverlayState));
  source.addEventListener("ok", hideOverlay);
}

connect();
