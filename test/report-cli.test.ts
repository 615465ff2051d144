import { cp, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "./helpers/cli.ts";
import { docxParts, footnotesOf } from "./helpers/docx-text.ts";
import { documentLines } from "./helpers/fidelity.ts";
import { EXAMPLE_DIR } from "./helpers/example-report.ts";

let dir: string;
let broken: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-report-cli-"));
  broken = join(dir, "trasig");
  await cp(EXAMPLE_DIR, broken, { recursive: true });
  await citeUnknownSource(join(broken, "central.xlsx"));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Makes the first paragraph of Bakgrund cite a source no sheet Källor has: a validation error. */
async function citeUnknownSource(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Texter");
  if (!sheet) throw new Error("no sheet Texter");
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const [section, text] = [headers.indexOf("Avsnitt"), headers.indexOf("Text")];
  sheet.eachRow((row) => {
    if (row.getCell(section).value === "bakgrund" && String(row.getCell(text).value).startsWith("Det sker")) {
      row.getCell(text).value = `${String(row.getCell(text).value)}[^okand-kalla]`;
    }
  });
  await workbook.xlsx.writeFile(file);
}

describe("lagesbild report", () => {
  it("writes Delrapport 1 from the example workbooks, as of the report's date", async () => {
    const out = join(dir, "delrapport-1.docx");
    const { code, stdout } = await cli("report", EXAMPLE_DIR, "--report", "1", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain(`Skrev ${out}: Delrapport 1, läget 2024-09-18`);
    const { lines } = await documentLines(await readFile(out));
    expect(lines).toContain(
      "Kapitlet visar läget den 18 september 2024 för de indikatorer som följer upp uppdragets mål och önskade effekter, hur aktiviteterna under perioden fördelar sig och hur budgeten används. Uppgifterna kommer från arbetsgruppernas uppföljning.",
    );
  });

  it("writes a marked draft despite errors, and exits 1", async () => {
    const out = join(dir, "utkast.docx");
    const { code, stderr } = await cli("report", broken, "--report", "1", "--as-of", "2024-06-30", "--out", out);
    expect(code).toBe(1);
    expect(stderr).toContain("Utkast");
    expect(stderr).toContain("Fotnoten [^okand-kalla] hänvisar till en källa som inte finns");
    const docx = await readFile(out);
    const parts = await docxParts(docx);
    const footnotes = footnotesOf(parts.get("word/footnotes.xml") ?? "").map((f) => f.text.trim());
    expect(footnotes).toContain("[Källa saknas för fotnoten [^okand-kalla]]");
    const { lines } = await documentLines(docx);
    expect(lines).toContain("Bilaga: Problem i underlaget");
    expect(lines).toContain(
      "Kapitlet visar läget den 30 juni 2024 för de indikatorer som följer upp uppdragets mål och önskade effekter, hur aktiviteterna under perioden fördelar sig och hur budgeten används. Uppgifterna kommer från arbetsgruppernas uppföljning.",
    );
  });

  it("with --strict refuses, writes nothing, prints the problems and exits 1", async () => {
    const out = join(dir, "strikt.docx");
    const { code, stderr } = await cli("report", broken, "--report", "1", "--out", out, "--strict");
    expect(code).toBe(1);
    expect(stderr).toContain("Rapporten skrevs inte (--strict)");
    expect(stderr).toContain("central.xlsx");
    expect(stderr).toContain("SAKNAS  1.1 Bakgrund: Källa saknas för fotnoten [^okand-kalla]");
    await expect(stat(out)).rejects.toThrow();
  });

  it.each([
    [["--report", "9"], "Delrapport 9 finns inte på bladet Rapporter."],
    [["--report", "ett"], "--report ska vara ett rapportnummer"],
    [["--report", "1", "--as-of", "2024-13-01"], "--as-of ska vara ett datum"],
    [["--report", "1", "--out-format"], "okänd flagga"],
  ])("refuses %j with exit 2", async (args, message) => {
    const { code, stderr } = await cli("report", EXAMPLE_DIR, "--out", join(dir, "x.docx"), ...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("refuses an --out that is not a .docx file", async () => {
    const { code, stderr } = await cli("report", EXAMPLE_DIR, "--report", "1", "--out", join(dir, "rapport.pdf"));
    expect(code).toBe(2);
    expect(stderr).toContain("--out ska vara en .docx-fil");
  });
});
