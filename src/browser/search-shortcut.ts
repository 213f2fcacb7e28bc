// On every page: `/` focuses the search box (the one in <main> on the search page, else the
// header's); on the search page, loads the search bundle, whose hashed name esbuild writes in.

declare const __TALKDEX_SEARCH_JS__: string;

function searchBox(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>("#search-q") ?? document.querySelector<HTMLInputElement>("#site-search-q");
}

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

function init(): void {
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) return;
    const box = searchBox();
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
  const app = document.getElementById("search-app");
  const self = document.querySelector<HTMLScriptElement>('script[src*="/talkdex."]');
  if (app && self) {
    const script = document.createElement("script");
    // The search bundle sits beside this one in assets/.
    script.src = new URL(__TALKDEX_SEARCH_JS__, self.src).href;
    document.head.append(script);
  }
}

init();
