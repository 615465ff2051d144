/**
 * Bundles each Cloud Run function with esbuild into dist/functions/<name>/:
 * index.mjs and its lazily loaded chunks, the xlsx worker, the report
 * templates, a minimal package.json and the package-lock.json that pins the
 * framework's tree as the project installed it. Then measures each bundle's size and
 * the time a fresh `node` takes to import its entry point.
 *   npm run build:functions            (tsx scripts/build-functions.ts [--outdir dir])
 */
import { execFile } from "node:child_process";
import { cp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build, type Metafile } from "esbuild";
import { nodeBundle } from "./build.ts";
import { bundleLockfile, type Lockfile } from "./bundle-lockfile.ts";

const root = fileURLToPath(new URL("../", import.meta.url));

/** The framework registers functions in its own module: the copy that serves must be the copy the code registers with, so it stays outside the bundle. */
export const FRAMEWORK = "@google-cloud/functions-framework";

/**
 * `installed`: packages left out of the bundle and installed at deploy from
 * the function's package.json, at the version in our lockfile: pdf-lib, which
 * only the report's PDF (the LibreOffice image) loads, would add half a
 * megabyte to the bundle of a function that usually never needs it.
 */
export type FunctionName = "report" | "reportDraft" | "validate" | "summary";

export const FUNCTIONS: readonly { readonly name: FunctionName; readonly entry: string; readonly installed?: readonly string[] }[] = [
  { name: "report", entry: "functions/report.ts", installed: ["pdf-lib"] },
  { name: "reportDraft", entry: "functions/report-draft.ts" },
  { name: "validate", entry: "functions/validate.ts" },
  { name: "summary", entry: "functions/summary.ts" },
];

export const TARGETS = { bytes: 3_000_000, importMs: 250 } as const;

export interface BuiltFunction {
  readonly name: FunctionName;
  readonly dir: string;
  /** npm packages in the code that runs when the entry point is imported (the rest loads on demand). */
  readonly loadedAtStart: readonly string[];
  /** Every npm package in the bundle. */
  readonly packages: readonly string[];
  /** Every file bundled, relative to the checkout (e.g. `node_modules/docx/dist/layout.mjs`). */
  readonly inputs: readonly string[];
}

export interface BundleMeasure {
  readonly name: string;
  /** All code of the function: the entry, its chunks and the worker. */
  readonly bytes: number;
  /** The entry point alone. */
  readonly entryBytes: number;
  /** Median time for a fresh `node` to import the entry point (the framework it imports included). */
  readonly importMs: number;
}

/** Builds every function into `outdir` (dist/functions by default), replacing what was there. */
export async function buildFunctions(outdir = join(root, "dist", "functions")): Promise<BuiltFunction[]> {
  await rm(outdir, { recursive: true, force: true });
  const versionOf = async (pkg: string) =>
    (JSON.parse(await readFile(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  const projectLock = JSON.parse(await readFile(join(root, "package-lock.json"), "utf8")) as Lockfile;
  return Promise.all(
    FUNCTIONS.map(async ({ name, entry, installed = [] }) => {
      const dir = join(outdir, name);
      const result = await build({
        ...nodeBundle,
        entryPoints: { index: join(root, entry), "xlsx-parse-worker": join(root, "src/sources/xlsx/parse-worker.ts") },
        outdir: dir,
        outExtension: { ".js": ".mjs" },
        splitting: true,
        // Chunks stay beside index.mjs: code finds the worker and templates/ relative to itself.
        external: [FRAMEWORK, ...installed],
        metafile: true,
        minify: true,
      });
      await cp(join(root, "templates"), join(dir, "templates"), { recursive: true });
      const manifest = {
        name: `lagesbild-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        version: "0.1.0",
        private: true,
        type: "module",
        main: "index.mjs",
        engines: { node: "22" },
        dependencies: Object.fromEntries(await Promise.all([FRAMEWORK, ...installed].map(async (pkg) => [pkg, await versionOf(pkg)]))),
      };
      await writeFile(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
      const lock = bundleLockfile(projectLock, manifest.name, manifest.version, Object.keys(manifest.dependencies));
      await writeFile(join(dir, "package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);
      return {
        name,
        dir,
        loadedAtStart: packagesLoadedAtStart(result.metafile, join(dir, "index.mjs")),
        packages: packagesIn(result.metafile, Object.keys(result.metafile.outputs)),
        inputs: Object.keys(result.metafile.inputs).map((input) => relative(root, join(process.cwd(), input))),
      };
    }),
  );
}

/** The LibreOffice image's Dockerfile in the built report function, for `deploy --report-pdf` (gcloud run deploy builds from it). */
export async function addReportPdfImage(outdir = join(root, "dist", "functions")): Promise<string> {
  const target = join(outdir, "report", "Dockerfile");
  await cp(join(root, "deploy", "report-pdf", "Dockerfile"), target);
  return target;
}

/** Size and import time of each built function (median of `runs` fresh processes). */
export async function measureFunctionBundles(outdir = join(root, "dist", "functions"), runs = 5): Promise<BundleMeasure[]> {
  await frameworkResolvable(outdir);
  const measures: BundleMeasure[] = [];
  for (const { name } of FUNCTIONS) {
    const dir = join(outdir, name);
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".mjs"));
    const sizes = await Promise.all(files.map(async (f) => (await stat(join(dir, f))).size));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await importMs(join(dir, "index.mjs")));
    measures.push({
      name,
      bytes: sizes.reduce((a, b) => a + b, 0),
      entryBytes: (await stat(join(dir, "index.mjs"))).size,
      importMs: Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0),
    });
  }
  return measures;
}

/** Outside the checkout, the bundles find the framework through a `node_modules` link, as the deployed ones do after `npm install`. */
async function frameworkResolvable(outdir: string): Promise<void> {
  if (!relative(root, outdir).startsWith("..")) return;
  await symlink(join(root, "node_modules"), join(outdir, "node_modules"), "dir").catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
}

/** A configuration that lets every function's entry point load (nothing is called). */
const MEASURE_ENV = {
  LAGESBILD_SOURCE: "gsheets",
  LAGESBILD_CENTRAL_SPREADSHEET: "1MeasureImportTimeOnlyXXXXXXXXXXXXXXXXXXXXXX",
  LAGESBILD_MAIL_TRANSPORT: "outbox",
};

async function importMs(entry: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(entry).href)}); process.stdout.write(String(performance.now() - t));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, ...MEASURE_ENV },
  });
  return Number(stdout);
}

/** The npm packages whose code is in the outputs reachable from `entry` by static imports. */
export function packagesLoadedAtStart(metafile: Metafile, entry: string): string[] {
  const outputs = metafile.outputs;
  const key = Object.keys(outputs).find((k) => join(root, k) === entry || k === entry || join(process.cwd(), k) === entry);
  const seen = new Set<string>();
  const stack = key ? [key] : [];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const i of outputs[current]?.imports ?? []) if (i.kind === "import-statement" && !i.external) stack.push(i.path);
  }
  return packagesIn(metafile, [...seen]);
}

function packagesIn(metafile: Metafile, outputs: readonly string[]): string[] {
  const packages = new Set<string>();
  for (const output of outputs) {
    for (const input of Object.keys(metafile.outputs[output]?.inputs ?? {})) {
      // The innermost package: googleapis-common/node_modules/gaxios is gaxios.
      const name = [...input.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1];
      if (name) packages.add(name);
    }
  }
  return [...packages].sort();
}

function formatBytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--outdir");
  const outdir = at > 0 ? process.argv[at + 1] : undefined;
  const built = await buildFunctions(outdir);
  const measures = await measureFunctionBundles(outdir);
  console.log(
    `Cloud Run functions, Node ${process.version}; targets ≤ ${formatBytes(TARGETS.bytes)} and ≤ ${TARGETS.importMs} ms to import`,
  );
  for (const m of measures) {
    const over = m.bytes > TARGETS.bytes || m.importMs > TARGETS.importMs ? "  OVER TARGET" : "";
    const start = built.find((b) => b.name === m.name)?.loadedAtStart.join(", ") || "(none)";
    console.log(
      `  ${m.name.padEnd(12)} ${formatBytes(m.bytes)} (entry ${formatBytes(m.entryBytes)}), import ${m.importMs} ms${over}; packages loaded at start: ${start}`,
    );
  }
  if (measures.some((m) => m.bytes > TARGETS.bytes || m.importMs > TARGETS.importMs)) process.exitCode = 1;
}
