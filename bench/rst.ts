// Benchmark: render every description and summary of ../shared/pyvideo-data with renderRst and print the time.
// Run: node --import tsx bench/rst.ts   (file reading is excluded from the timing)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderRst } from "../src/rst/index.js";

/** Result of one benchmark run. */
export interface RstBenchResult {
  documents: number;
  characters: number;
  /** Wall-clock milliseconds of each timed pass over all texts. */
  passes: number[];
  /** CPU milliseconds (user + system) of each pass: steadier than wall time on a shared machine. */
  cpu: number[];
  diagnostics: number;
}

const DATA_DIR = fileURLToPath(new URL("../../shared/pyvideo-data/", import.meta.url));

/** Every non-empty description and summary (event and talk files), in a stable order. */
export function collectTexts(dataDir = DATA_DIR): string[] {
  const texts: string[] = [];
  const events = readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("."))
    .map((d) => d.name)
    .sort();
  const take = (file: string): void => {
    const json = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    for (const field of ["description", "summary"]) {
      const value = json[field];
      if (typeof value === "string" && value.trim() !== "") texts.push(value);
    }
  };
  for (const event of events) {
    const category = `${dataDir}${event}/category.json`;
    if (existsSync(category)) take(category);
    const videos = `${dataDir}${event}/videos/`;
    if (!existsSync(videos)) continue;
    for (const name of readdirSync(videos).sort()) if (name.endsWith(".json")) take(videos + name);
  }
  return texts;
}

/** Render all texts `passes` times; the first pass includes JIT warm-up. */
export function benchRst(texts: string[], passes = 3): RstBenchResult {
  const times: number[] = [];
  const cpu: number[] = [];
  let diagnostics = 0;
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    let found = 0;
    for (const text of texts) found += renderRst(text).diagnostics.length;
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
    diagnostics = found;
  }
  const characters = texts.reduce((sum, t) => sum + t.length, 0);
  return { documents: texts.length, characters, passes: times, cpu, diagnostics };
}

/** Print the benchmark figures; returns them for a caller that collects several benchmarks. */
export function main(): RstBenchResult | undefined {
  if (!existsSync(DATA_DIR)) {
    console.log("rst bench skipped: ../shared/pyvideo-data is absent");
    return undefined;
  }
  const texts = collectTexts();
  const result = benchRst(texts);
  const ms = (list: number[]): string => list.map((t) => t.toFixed(0)).join(" / ");
  console.log(
    `rst: ${result.documents} texts, ${(result.characters / 1e6).toFixed(1)} M chars, ${result.diagnostics} diagnostics; ` +
      `wall ms per pass ${ms(result.passes)} (first includes JIT warm-up); CPU ms ${ms(result.cpu)}`,
  );
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
