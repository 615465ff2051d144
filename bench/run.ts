/**
 * The benchmark: `npm run bench [-- --sizes 1000,10000,100000 --runs 3]`.
 *
 * For each size it generates a synthetic source (cached) and runs, in rounds,
 * each measurement in a fresh process, one after the other in every round, so
 * that whatever else the machine is doing falls on all of them alike:
 *   - the reading peers: `unzip -p` of every XML part (when unzip is there), a
 *     bare yauzl + saxes scan with no handlers, and SheetJS;
 *   - the pipeline's stages (read, validate, compute, compose);
 *   - each way of writing the report, cold in its own process: as shipped (TOC
 *     page numbers laid out), without that layout, and the floor (the report's
 *     own paragraphs and tables written by docx with no logic), without and
 *     with the TOC layout;
 *   - `lagesbild report` end to end, timed from outside, with its peak memory.
 * It prints the median of the rounds and the ratios, then the function bundles
 * and the Google API calls. Not part of CI.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { buildCli, nodeBundle } from "../scripts/build.ts";
import { buildFunctions, measureFunctionBundles, TARGETS } from "../scripts/build-functions.ts";
import { docxParts } from "../test/helpers/docx-text.ts";
import { floorBlocks } from "./floor-document.ts";
import { generateSource } from "./generate.ts";
import { measureGoogleCalls, measurePacedCalls } from "./google-calls.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const work = process.env["LAGESBILD_BENCH_DIR"] ?? "/tmp/lagesbild-bench";
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]?.replace(/^--/, "") ?? "", process.argv[i + 1] ?? "");
const sizes = (args.get("sizes") ?? "1000,10000,100000").split(",").map(Number);
const runs = Number(args.get("runs") ?? "3");
const bin = join(work, "bin");

await build({
  ...nodeBundle,
  entryPoints: {
    stages: `${root}bench/stages.ts`,
    render: `${root}bench/render.ts`,
    "read-peers": `${root}bench/read-peers.ts`,
    "xlsx-parse-worker": `${root}src/sources/xlsx/parse-worker.ts`,
  },
  outdir: bin,
  outExtension: { ".js": ".mjs" },
});
await cp(`${root}templates`, join(bin, "templates"), { recursive: true });
// `lagesbild report` is timed as users run it: the built command line, through its own bin (and the V8 flags there).
await buildCli();

const hasUnzip = spawnSync("unzip", ["-v"], { stdio: "ignore" }).status === 0;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(
  `lägesbild benchmark on ${machine}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} at the start`,
);
console.log(`median of ${runs} rounds; every figure from a fresh process, all of one round run one after the other\n`);

interface Measure {
  readonly ms: number;
  readonly maxRssMb?: number;
}
type Round = Record<string, Measure>;

const summary: { size: number; m: Record<string, Measure>; stages: Record<string, number> }[] = [];
for (const size of sizes) {
  const dir = join(work, `source-${size}`);
  if (!existsSync(join(dir, "central.xlsx"))) {
    await mkdir(dir, { recursive: true });
    await generateSource(dir, { activities: size });
  }
  const state = join(work, `state-${size}.bin`);
  const blocksFile = join(work, `floor-${size}.json`);
  const out = join(work, `report-${size}.docx`);
  const rounds: Round[] = [];
  const stageRounds: Record<string, number>[] = [];
  for (let round = 0; round < runs; round++) {
    const r: Round = {};
    if (hasUnzip) r["unzip -p"] = timed(() => spawnEach(dir, (f) => ["unzip", ["-p", f, "*.xml"]]));
    const scanned = node("read-peers.mjs", ["scan", dir]);
    r["scan"] = scanned;
    r["scan, whole process"] = { ms: scanned.wallMs };
    r["sheetjs"] = node("read-peers.mjs", ["sheetjs", dir]);
    const stages = node("stages.mjs", [dir, state]) as unknown as Measure & { times: Record<string, number> };
    r["stages"] = stages;
    stageRounds.push(stages.times);
    r["report-without-toc"] = node("render.mjs", [state, "report-without-toc", "", round === 0 ? out : ""]);
    if (round === 0)
      await writeFile(blocksFile, JSON.stringify(floorBlocks((await docxParts(await readFile(out))).get("word/document.xml") ?? "")));
    r["report"] = node("render.mjs", [state, "report"]);
    r["floor"] = node("render.mjs", [state, "floor", blocksFile]);
    r["floor-with-toc"] = node("render.mjs", [state, "floor-with-toc", blocksFile]);
    r["lagesbild report"] = command(dir, join(work, `command-${size}.docx`));
    rounds.push(r);
  }
  const m = medians(rounds);
  const stages = medianTimes(stageRounds);
  summary.push({ size, m, stages });
  printSize(size, m, stages);
  await rm(state, { force: true });
}
printSummary();
console.log(
  `\nload average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} at the end`,
);

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
const paced = await measurePacedCalls();
console.log(
  `Google Sheets pacing (${paced.spreadsheets} spreadsheets, fake quota 60 reads/min, virtual clock): ${paced.calls} calls in ${paced.minutes.toFixed(1)} min,` +
    ` at most ${paced.busiestMinute} calls in any minute, ${paced.refused} × 429, ${paced.unreadable} workbooks unreadable`,
);

/** Runs a bundled script in a fresh node; its last stdout line is its JSON figures; `wallMs` is the process's time from outside. */
function node(script: string, scriptArgs: string[]): Measure & { wallMs: number } & Record<string, unknown> {
  const started = performance.now();
  const stdout = execFileSync(process.execPath, [join(bin, script), ...scriptArgs], { encoding: "utf8", maxBuffer: 1 << 26 });
  const wallMs = Math.round(performance.now() - started);
  return { wallMs, ...(JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as Measure) };
}

/**
 * `lagesbild report` end to end, as a user runs it (`bin/lagesbild.mjs`, executed through its `#!` line), timed from
 * outside; its peak memory from the line bench/peak-memory.mjs writes last on stderr.
 */
function command(dir: string, out: string): Measure {
  const started = performance.now();
  const run = spawnSync(`${root}bin/lagesbild.mjs`, ["report", dir, "--report", "1", "--out", out], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(`${root}bench/peak-memory.mjs`).href}` },
  });
  const ms = Math.round(performance.now() - started);
  if (run.status !== 0 && run.status !== 1) throw new Error(`lagesbild report failed (${run.status}): ${run.stderr}`);
  const last = JSON.parse(run.stderr.trim().split("\n").pop() ?? "{}") as { maxRssMb?: number };
  return { ms, ...(last.maxRssMb !== undefined ? { maxRssMb: last.maxRssMb } : {}) };
}

function timed(run: () => void): Measure {
  const started = performance.now();
  run();
  return { ms: Math.round(performance.now() - started) };
}

function spawnEach(dir: string, commandOf: (file: string) => [string, string[]]): void {
  const files = execFileSync("ls", [dir], { encoding: "utf8" })
    .split("\n")
    .filter((f) => f.endsWith(".xlsx"));
  for (const f of files) {
    const [cmd, cmdArgs] = commandOf(join(dir, f));
    const run = spawnSync(cmd, cmdArgs, { stdio: "ignore" });
    if (run.status !== 0) throw new Error(`${cmd} failed on ${f}`);
  }
}

function mid(xs: number[]): number {
  return xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}

function medians(rs: Round[]): Record<string, Measure> {
  const names = Object.keys(rs[0] ?? {});
  return Object.fromEntries(
    names.map((n) => {
      const ms = mid(rs.map((r) => r[n]?.ms ?? 0));
      const rss = rs.map((r) => r[n]?.maxRssMb).filter((x): x is number => x !== undefined);
      return [n, { ms, ...(rss.length ? { maxRssMb: Math.max(...rss) } : {}) }];
    }),
  );
}

function medianTimes(rs: Record<string, number>[]): Record<string, number> {
  return Object.fromEntries(Object.keys(rs[0] ?? {}).map((k) => [k, mid(rs.map((r) => r[k] ?? 0))]));
}

function ratio(a: number, b: number): string {
  return (a / Math.max(1, b)).toFixed(2);
}

function s(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function printSize(size: number, m: Record<string, Measure>, stages: Record<string, number>): void {
  console.log(`${size.toLocaleString("sv-SE")} activities`);
  for (const [name, x] of Object.entries(m))
    if (name !== "stages") console.log(`  ${name.padEnd(20)} ${s(x.ms).padStart(9)}${x.maxRssMb ? `  peak ${x.maxRssMb} MB` : ""}`);
  console.log(
    `  stages               ${Object.entries(stages)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(", ")}  peak ${m["stages"]?.maxRssMb} MB`,
  );
}

function printSummary(): void {
  const get = (m: Record<string, Measure>, k: string) => m[k]?.ms ?? 0;
  console.log(
    "\n| activities | `lagesbild report` | peak | ÷ bare scan | ÷ unzip -p | read ÷ scan | SheetJS ÷ scan | render ÷ floor (TOC laid out) | render ÷ floor (no TOC layout) | pipeline ÷ floor |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const { size, m, stages } of summary) {
    const scan = get(m, "scan");
    const scanProcess = get(m, "scan, whole process");
    const read = stages["read"] ?? 0;
    const pipeline = read + (stages["validate"] ?? 0) + (stages["compute"] ?? 0) + get(m, "report") + (stages["compose"] ?? 0);
    const floor = scan + get(m, "floor-with-toc");
    const cells = [
      size.toLocaleString("sv-SE"),
      s(get(m, "lagesbild report")),
      `${m["lagesbild report"]?.maxRssMb ?? "?"} MB`,
      ratio(get(m, "lagesbild report"), scanProcess),
      hasUnzip ? ratio(get(m, "lagesbild report"), get(m, "unzip -p")) : "–",
      ratio(read, scan),
      ratio(get(m, "sheetjs"), scan),
      ratio(get(m, "report"), get(m, "floor-with-toc")),
      ratio(get(m, "report-without-toc"), get(m, "floor")),
      ratio(pipeline, floor),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  console.log(
    "\n(÷ bare scan: the command and the scan each timed from outside as whole processes; read ÷ scan and SheetJS ÷ scan: the reading alone, timed inside;",
  );
  console.log(
    " pipeline: read + validate + compute + render with the TOC laid out + compose; floor: the scan + the floor document with the TOC laid out)",
  );
  for (let i = 1; i < summary.length; i++) {
    const a = summary[i - 1];
    const b = summary[i];
    if (!a || !b) continue;
    console.log(
      `growth ${a.size} → ${b.size} (×${b.size / a.size} rows): lagesbild report ×${ratio(get(b.m, "lagesbild report"), get(a.m, "lagesbild report"))}`,
    );
  }
}
