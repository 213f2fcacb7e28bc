// Preloaded into a benchmarked process: prints its peak resident set size when it exits.
process.on("exit", () => {
  process.stderr.write(`\n__TALKDEX_MAXRSS_KB__ ${process.resourceUsage().maxRSS}\n`);
});
