/**
 * The command line as users run it: built by `npm run build` into code-split
 * modules, and executed through `bin/lagesbild.mjs`'s own `#!` line with its
 * V8 flags (the tests elsewhere call the sources). Runs under whichever node
 * is first on PATH, as the `#!` line does: Node 20, and Node 22 in CI's second run.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, CHUNK_PREFIX } from "../scripts/build.ts";
import { docxParts } from "./helpers/docx-text.ts";
import { EXAMPLE_AS_OF, EXAMPLE_DIR } from "./helpers/example-report.ts";

const run = promisify(execFile);
let scratch = "";
let bin = "";

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "lagesbild-cli-built-"));
  await buildCli(join(scratch, "dist"));
  await mkdir(join(scratch, "bin"));
  bin = join(scratch, "bin", "lagesbild.mjs");
  await copyFile("bin/lagesbild.mjs", bin);
}, 120_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("the built command line", () => {
  it("starts through its #! line, whose V8 flags the running node accepts", async () => {
    const firstLine = (await readFile("bin/lagesbild.mjs", "utf8")).split("\n")[0] ?? "";
    expect(firstLine).toMatch(/^#!\/usr\/bin\/env -S node( --[a-z-]+=\d+)+$/);
    const { stdout } = await run(bin, ["--help"]);
    for (const command of ["run", "init", "validate", "report", "indicators", "summary"]) expect(stdout).toContain(command);
  });

  it("writes the example's delrapport, its code split into modules loaded when needed", async () => {
    const out = join(scratch, "delrapport-1.docx");
    const { stdout } = await run(bin, ["report", EXAMPLE_DIR, "--report", "1", "--as-of", EXAMPLE_AS_OF, "--out", out]);
    expect(stdout).toContain("Skrev");
    const document = (await docxParts(await readFile(out))).get("word/document.xml") ?? "";
    expect(document).toContain("Delrapport 1");
    const chunks = (await readdir(join(scratch, "dist"))).filter((f) => f.startsWith(CHUNK_PREFIX));
    expect(chunks.length).toBeGreaterThan(5);
    // What every command loads: the entry point and what it imports statically. The Google clients, nodemailer,
    // pdf-lib and exceljs come only when a command asks for them.
    const loaded = await staticallyImported(join(scratch, "dist"), "cli.mjs");
    expect(loaded.size).toBeGreaterThan(1);
    const code = (await Promise.all([...loaded].map((f) => readFile(join(scratch, "dist", f), "utf8")))).join("\n");
    expect(code).toContain("renderReport");
    for (const lazy of ["googleapis.com", "PDFDocument", 'creator||"ExcelJS"', "SMTPConnection"]) expect(code).not.toContain(lazy);
  }, 120_000);
});

/** A module and the modules it imports statically, transitively (`import "./x"`, `from "./x"`; not `import("./x")`). */
async function staticallyImported(dir: string, entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(join(dir, file), "utf8");
    for (const [, target] of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+)"/g)) if (target) await visit(target);
  };
  await visit(entry);
  return seen;
}
