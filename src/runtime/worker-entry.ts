// Where a worker thread's code is: the compiled .js beside the caller, or — when talkdex runs from its
// TypeScript sources through tsx — a bootstrap that registers tsx in the worker first.

/** The URL to start a `Worker` on for module `name` (without extension) next to `callerUrl`. */
export function workerEntry(callerUrl: string, name: string): URL {
  if (!callerUrl.endsWith(".ts")) return new URL(`./${name}.js`, callerUrl);
  // Node 20 does not carry `--import tsx` into workers, so register tsx's loader inside the worker.
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
