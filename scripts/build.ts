/**
 * Bundles the command line (and, with it, the xlsx worker) into dist/ with esbuild.
 *   npm run build
 */
import { cp, mkdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));

/** CommonJS dependencies (exceljs, googleapis) call require(); give the ESM bundle one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __lagesbildRequire } from 'node:module'; const require = __lagesbildRequire(import.meta.url);";

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
  for (const own of ["cli.mjs", "xlsx-parse-worker.mjs", "templates"]) await rm(`${outdir}/${own}`, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await build({
    ...nodeBundle,
    entryPoints: {
      cli: `${root}src/cli/bin.ts`,
      "xlsx-parse-worker": `${root}src/sources/xlsx/parse-worker.ts`,
    },
    outdir,
    outExtension: { ".js": ".mjs" },
  });
  await cp(`${root}templates`, `${outdir}/templates`, { recursive: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
