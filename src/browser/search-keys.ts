// Keyboard navigation of the search page: ↓ from the box to the results, ↑/↓ between results,
// ↑ from the first result or Escape back to the box.

/** Wires the keys; `list` holds the result items. */
export function wireKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>("a.talk-title")];
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener("keydown", (event) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = event.key === "ArrowDown" ? all[Math.min(all.length - 1, i + 1)] : all[i - 1];
      (next ?? input).focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      input.focus();
    }
  });
}
