/** `lagesbild report … --pdf` and `run --pdf`: the tagged PDF beside the .docx, and the .docx kept when LibreOffice is not there. */
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli/main.ts";
import { EXAMPLE_DIR } from "./helpers/example-report.ts";
import { readPdfStructure } from "./helpers/pdf-structure.ts";

let dir: string;

async function cli(env: Record<string, string | undefined>, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-cli-pdf-"));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("report --pdf", () => {
  it("writes the tagged PDF beside the .docx, with the same name", async () => {
    const out = join(dir, "delrapport-1.docx");
    const result = await cli({ PATH: process.env.PATH }, "report", EXAMPLE_DIR, "--report", "1", "--out", out, "--pdf");
    expect(result.stderr).not.toContain("Ingen PDF");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Skrev ${join(dir, "delrapport-1.pdf")}: taggad PDF för publicering.`);
    expect((await stat(out)).size).toBeGreaterThan(10_000);
    const pdf = await readPdfStructure(join(dir, "delrapport-1.pdf"));
    expect(pdf.elements.find((e) => e.type === "H1")?.text).toBe("Sammanfattning");
    // The structure figure's shapes and the chart: every Figure says what it shows.
    expect(pdf.figureAlts.length).toBeGreaterThan(1);
    expect(pdf.figureAlts.filter((alt) => alt.trim() === "")).toEqual([]);
    expect(pdf.figureAlts.filter((alt) => alt.length > 200)).toHaveLength(2);
  }, 300_000);

  it("without LibreOffice says so in Swedish, keeps the .docx and exits with 1", async () => {
    const out = join(dir, "utan-libreoffice.docx");
    const result = await cli({ PATH: "/finns-inte" }, "report", EXAMPLE_DIR, "--report", "1", "--out", out, "--pdf");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Ingen PDF: LibreOffice hittades inte, så ingen PDF skrevs.");
    expect(result.stderr).toContain(`Word-dokumentet ${out} är skrivet.`);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe("PK");
    await expect(stat(join(dir, "utan-libreoffice.pdf"))).rejects.toThrow();
  }, 300_000);

  it("run --pdf writes the report's PDF beside it in the out folder, as part of the whole job", async () => {
    const outDir = join(dir, "run");
    const result = await cli({ PATH: process.env.PATH }, "run", EXAMPLE_DIR, "--as-of", "2024-09-18", "--out-dir", outDir, "--pdf");
    expect(result.stderr).not.toContain("Ingen PDF");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Skrev ${join(outDir, "delrapport-1.pdf")}: taggad PDF för publicering.\n`);
    expect((await readFile(join(outDir, "delrapport-1.pdf"))).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await readFile(join(outDir, "delrapport-1.docx"))).subarray(0, 2).toString()).toBe("PK");
  }, 300_000);
});
