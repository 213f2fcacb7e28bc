// redirects.txt: one `<old path> <new path>` pair per line, as in pyvideo/data.

/** One line of redirects.txt; `problem` is set when the line is malformed. */
export interface Redirect {
  line: number;
  from: string;
  to: string;
  problem?: string;
}

/** Parses redirects.txt; blank lines and `#` comments are skipped, malformed lines kept with a problem. */
export function parseRedirects(text: string): Redirect[] {
  const out: Redirect[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const parts = line.split(/\s+/);
    const [from = "", to = ""] = parts;
    let problem: string | undefined;
    if (parts.length !== 2) problem = `expected two paths separated by a space, found ${parts.length} item(s)`;
    else if (!from.startsWith("/")) problem = `the old path "${from}" must start with "/"`;
    else if (!to.startsWith("/") && !/^https?:\/\//.test(to))
      problem = `the new path "${to}" must start with "/" or be an http(s) URL`;
    out.push({ line: i + 1, from, to, ...(problem ? { problem } : {}) });
  });
  return out;
}
