// V8 settings the talkdex command sets for its own process.
//
// V8 optimizes a function once it has run for a while (its "interrupt budget", 66 KB of bytecode by
// default) and optimizes it again after each deoptimization. A build runs hundreds of functions just
// long enough to be optimized, several times over as new data reaches them: a budget 7.5 times as
// large halves the compiler's work (its own figures on the snapshot: 890 compilations taking 6.1 s →
// 400 taking 2.7 s, on threads that share the machine's two cores with the build) and makes a cold
// build ≈ 1 s of CPU cheaper, `check` ≈ 0.2 s. Flags are process-wide: the worker threads have it
// too. The library (`build()`) leaves its host's flags alone.
//
// `--expose-gc` gives the worker threads started afterwards a `gc()` (not the main thread, whose
// context exists already): a build's check worker collects once between its check and the search
// index, so that the index's long-lived tables fill the pages its reading of the data no longer
// needs instead of new memory (see staged-check-worker.ts).

const INTERRUPT_BUDGET = 500_000;

/** The V8 flags to set, given node's own command-line options (a budget given there is kept). */
export function v8Tuning(execArgv: readonly string[]): string[] {
  const budget = execArgv.some((arg) => arg.startsWith("--interrupt-budget")) ? [] : [`--interrupt-budget=${INTERRUPT_BUDGET}`];
  return [...budget, "--expose-gc"];
}
