/**
 * Bundles the command line (and, with it, the xlsx worker) into dist/ with esbuild.
 *   npm run build
 */
import { cp, mkdir, readdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));

/** CommonJS dependencies (exceljs, googleapis) call require(); give the ESM bundle one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __lagesbildRequire } from 'node:module'; const require = __lagesbildRequire(import.meta.url);";

/** The shared code of the command line's entry points and the modules they import when needed, beside cli.mjs. */
export const CHUNK_PREFIX = "cli-";

export const nodeBundle: BuildOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  banner: { js: ESM_REQUIRE_BANNER },
  logLevel: "warning",
};

export async function buildCli(outdir = `${root}dist`): Promise<void> {
  // Only the command line's own files: dist/functions is the functions build's.
  const own = (name: string) =>
    name === "cli.mjs" || name === "xlsx-parse-worker.mjs" || name === "templates" || name.startsWith(CHUNK_PREFIX);
  await mkdir(outdir, { recursive: true });
  for (const name of (await readdir(outdir)).filter(own)) await rm(`${outdir}/${name}`, { recursive: true, force: true });
  await build({
    ...nodeBundle,
    entryPoints: {
      cli: `${root}src/cli/bin.ts`,
      "xlsx-parse-worker": `${root}src/sources/xlsx/parse-worker.ts`,
    },
    outdir,
    outExtension: { ".js": ".mjs" },
    // What a command imports only when it needs it (the Google clients, nodemailer, pdf-lib, exceljs) goes in a
    // chunk of its own, so `report` on a folder never loads it; without comments and indents the code the process
    // keeps is about a third smaller. Together about 40 MB less at the peak of a report.
    splitting: true,
    chunkNames: `${CHUNK_PREFIX}[name]-[hash]`,
    minifyWhitespace: true,
  });
  await cp(`${root}templates`, `${outdir}/templates`, { recursive: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
