/**
 * The benchmark: `npm run bench [-- --sizes 1000,10000,100000 --runs 3]`.
 * For each size it generates a synthetic source (cached), runs the pipeline and
 * its floor in fresh processes, and prints the median time per stage, the peak
 * memory, the ratio to the floor and how time grows with size.
 */
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { existsSync } from "node:fs";
import { cp, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { nodeBundle } from "../scripts/build.ts";
import { buildFunctions, measureFunctionBundles, TARGETS } from "../scripts/build-functions.ts";
import { generateSource } from "./generate.ts";
import { measureGoogleCalls } from "./google-calls.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const work = process.env["LAGESBILD_BENCH_DIR"] ?? "/tmp/lagesbild-bench";
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]?.replace(/^--/, "") ?? "", process.argv[i + 1] ?? "");
const sizes = (args.get("sizes") ?? "1000,10000,100000").split(",").map(Number);
const runs = Number(args.get("runs") ?? "3");

/** Figures that are not stages of the pipeline: counted apart. */
const NOT_STAGES = new Set(["problems", "render-without-toc-layout"]);

interface RunResult {
  times: Record<string, number>;
  maxRssMb: number;
}

await build({
  ...nodeBundle,
  entryPoints: { stages: `${root}bench/stages.ts`, "xlsx-parse-worker": `${root}src/sources/xlsx/parse-worker.ts` },
  outdir: `${work}/bin`,
  outExtension: { ".js": ".mjs" },
});
await cp(`${root}templates`, `${work}/bin/templates`, { recursive: true });

console.log(`lägesbild benchmark on ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${runs} runs in fresh processes\n`);
const results: { size: number; pipeline: RunResult; floor: RunResult }[] = [];
for (const size of sizes) {
  const dir = join(work, `source-${size}`);
  if (!existsSync(join(dir, "central.xlsx"))) {
    await mkdir(dir, { recursive: true });
    await generateSource(dir, { activities: size });
  }
  const pipeline = median(Array.from({ length: runs }, () => runStages(dir, "pipeline")));
  const floor = median(Array.from({ length: runs }, () => runStages(dir, "floor")));
  results.push({ size, pipeline, floor });
  print(size, pipeline, floor);
}
printGrowth(results);

await buildFunctions(`${work}/functions`);
console.log(`\nCloud Run function bundles (targets: ${TARGETS.bytes / 1e6} MB, ${TARGETS.importMs} ms to import in a fresh process):`);
for (const f of await measureFunctionBundles(`${work}/functions`)) {
  console.log(`  ${f.name}: ${(f.bytes / 1e6).toFixed(2)} MB, import ${Math.round(f.importMs)} ms`);
}

const google = await measureGoogleCalls();
console.log(
  `\nGoogle Sheets source (example, ${google.spreadsheets} spreadsheets, fake server): ${google.metadata} spreadsheets.get + ${google.batchGet} values.batchGet per run` +
    ` (${(google.batchGet / google.spreadsheets).toFixed(1)} batchGet per spreadsheet), ${google.ms} ms`,
);

function runStages(dir: string, mode: string): RunResult {
  const out = execFileSync(process.execPath, [`${work}/bin/stages.mjs`, dir, mode], { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as RunResult;
}

function median(rs: RunResult[]): RunResult {
  const mid = <T>(xs: T[], key: (x: T) => number) => xs.map(key).sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const stages = Object.keys(rs[0]?.times ?? {});
  return { times: Object.fromEntries(stages.map((s) => [s, mid(rs, (r) => r.times[s] ?? 0)])), maxRssMb: mid(rs, (r) => r.maxRssMb) };
}

function total(r: RunResult): number {
  return Object.entries(r.times).filter(([k]) => !NOT_STAGES.has(k)).reduce((a, [, v]) => a + v, 0);
}

/** The pipeline's own work: the total with the report rendered without laying out pages for the TOC. */
function totalWithoutLayout(r: RunResult): number {
  return total(r) - (r.times["render"] ?? 0) + (r.times["render-without-toc-layout"] ?? 0);
}

function print(size: number, p: RunResult, f: RunResult): void {
  const stages = Object.entries(p.times).filter(([k]) => !NOT_STAGES.has(k)).map(([k, v]) => `${k} ${v} ms`).join(", ");
  const ratio = (x: number) => (x / Math.max(1, total(f))).toFixed(2);
  console.log(`${size.toLocaleString("sv-SE")} activities: ${stages}; total ${total(p)} ms, peak ${p.maxRssMb} MB (problems: ${p.times["problems"]})`);
  console.log(`  floor (exceljs read + bare docx): ${total(f)} ms, peak ${f.maxRssMb} MB; pipeline / floor = ${ratio(total(p))}`);
  console.log(`  without laying out pages for the TOC (render ${p.times["render-without-toc-layout"]} ms): total ${totalWithoutLayout(p)} ms, pipeline / floor = ${ratio(totalWithoutLayout(p))}`);
}

function printGrowth(rs: typeof results): void {
  for (let i = 1; i < rs.length; i++) {
    const a = rs[i - 1];
    const b = rs[i];
    if (!a || !b) continue;
    console.log(`growth ${a.size} → ${b.size} (×${b.size / a.size} rows): time ×${(total(b.pipeline) / Math.max(1, total(a.pipeline))).toFixed(1)}`);
  }
}
