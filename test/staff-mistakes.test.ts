/**
 * The example broken the way staff break it, in LibreOffice (not by our own
 * writer): a renamed column, a misspelled status, ids one key off, a
 * percentage typed as a share, a required column deleted. Every mistake is
 * named with its fix, and every figure says how many rows it leaves out.
 */
import { readdir, readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOoxml } from "../src/sources/xlsx/ooxml/read-ooxml.ts";
import type { ProblemJson } from "../src/validation/problem-json.ts";
import { cli } from "./helpers/cli.ts";
import { docxParts, paragraphsOf } from "./helpers/docx-text.ts";
import { LibreOffice } from "./helpers/libreoffice.ts";
import { TempFolders } from "./helpers/workbooks.ts";

const EXAMPLE = "examples/delrapport-1";
const temp = new TempFolders();
afterAll(() => temp.removeAll());

let broken: string;
let problems: ProblemJson[];
let text: string;

beforeAll(async () => {
  broken = await temp.copyOf(EXAMPLE);
  const office = new LibreOffice(await temp.make("lagesbild-office-"));
  const job = (file: string, edits: Parameters<LibreOffice["editAndSave"]>[0][number]["edits"]) => ({
    from: join(EXAMPLE, file),
    to: join(broken, file),
    edits,
  });
  await office.editAndSave([
    // Aktiviteter: A Id … I Mål och effekter, J Status (the example is written in the schema's column order).
    job("energi.xlsx", [
      { sheet: "Aktiviteter", cell: "I1", text: "Mål/effekter" },
      { sheet: "Aktiviteter", cell: "J5", text: "pågånde" },
    ]),
    job("smf.xlsx", [{ sheet: "Aktiviteter", cell: "I2", text: "M11" }]),
    job("bostader.xlsx", [
      { sheet: "Mätningar", cell: "A2", text: "l9" },
      { sheet: "Aktiviteter", deleteColumn: "J" },
    ]),
    // Mätningar rows 6–8 are I2 (unit procent; baseline 10, target 80): 21, 38 and 45.
    job("central.xlsx", [
      { sheet: "Mätningar", cell: "C8", number: 0.45, format: "0%" },
      { sheet: "Mätningar", cell: "C7", number: 0.38 },
    ]),
  ]);
  problems = JSON.parse((await cli("validate", broken, "--json")).stdout) as ProblemJson[];
  text = (await cli("validate", broken)).stdout;
}, 180_000);

const find = (code: string, workbook: string, cell: string) =>
  problems.find((p) => p.code === code && p.workbook === workbook && `${p.column}${p.row}` === cell);

describe("the example broken in LibreOffice", () => {
  it("makes a renamed column an error with the fix, not a warning", () => {
    expect(find("column-misspelled", "energi.xlsx", "I1")).toMatchObject({
      severity: "error",
      sheet: "Aktiviteter",
      header: "Mål/effekter",
      expected: "Mål och effekter",
      message: expect.stringContaining("Kolumnen ”Mål/effekter” liknar ”Mål och effekter”: byt namn på rubriken till ”Mål och effekter”."),
    });
    expect(problems.filter((p) => p.code === "column-unknown")).toEqual([]);
  });

  it.each([
    ["enum-invalid", "energi.xlsx", "J5", "Menade du ”pågående”?"],
    ["ref-unknown", "smf.xlsx", "I2", "Menade du ”M1”?"],
    ["ref-unknown", "bostader.xlsx", "A2", "Menade du ”I9”?"],
  ])("answers %s in %s %s with '%s'", (code, workbook, cell, hint) => {
    expect(find(code, workbook, cell)?.message.endsWith(hint)).toBe(true);
  });

  it("reads a cell formatted as percent as the percentage shown, and points out a share typed for a percentage", () => {
    expect(problems.filter((p) => p.workbook === "central.xlsx")).toEqual([
      expect.objectContaining({
        code: "value-implausible",
        severity: "warning",
        sheet: "Mätningar",
        row: 7,
        column: "C",
        message:
          "Värdet 0,38 avviker kraftigt från indikatorns övriga värden (10–80). Menade du 38\u00a0%? Rätta värdet om det är felskrivet.",
      }),
    ]);
  });

  it("names a deleted required column and reads none of the sheet's rows", () => {
    expect(problems.find((p) => p.code === "columns-missing")).toMatchObject({
      workbook: "bostader.xlsx",
      sheet: "Aktiviteter",
      message: expect.stringContaining("”Status”"),
    });
  });

  it("lists each workbook's errors before its warnings, in the order they stand in the workbook", () => {
    const severities = problems.map((p) => `${p.workbook} ${p.severity}`);
    for (const workbook of new Set(problems.map((p) => p.workbook))) {
      const own = severities.filter((s) => s.startsWith(`${workbook} `));
      expect(own).toEqual([...own].sort());
    }
    const energi = problems.filter((p) => p.workbook === "energi.xlsx").map((p) => `${p.sheet} ${p.row}${p.column}`);
    expect(energi).toEqual(["Aktiviteter 1I", "Aktiviteter 5J"]);
    expect(text).toContain("bostader.xlsx: 2 fel och 0 varningar\n  FEL     Aktiviteter, rad 1: Obligatoriska kolumner saknas: ”Status”.");
  });

  it("says in validate how many rows are left out of the figures, per workbook and sheet", () => {
    expect(text).toContain("  Utanför siffrorna på grund av fel: Aktiviteter 5 rader, Mätningar 1 rad.\n");
    expect(text).toContain("  Utanför siffrorna på grund av fel: Aktiviteter 1 rad.\n");
    expect(text).toContain("\n8 rader med fel räknas inte med i siffrorna förrän felen är rättade.\n");
  });
});

describe("the main job on the broken example", () => {
  let out: string;
  let stdout: string;
  let code: number;
  beforeAll(async () => {
    out = await temp.make("lagesbild-broken-run-");
    ({ code, stdout } = await cli("run", broken, "--as-of", "2024-09-18", "--out-dir", out));
  }, 180_000);

  it("exits 1 and says which workbooks have rows left out", () => {
    expect(code).toBe(1);
    expect(stdout).toContain("  bostader.xlsx: Utanför siffrorna på grund av fel: Aktiviteter 5 rader, Mätningar 1 rad.\n");
    expect(stdout).toContain("  energi.xlsx: Utanför siffrorna på grund av fel: Aktiviteter 1 rad.\n");
  });

  it("writes a draft whose activity sentence and appendix count the rows left out, workbook by workbook", async () => {
    const parts = await docxParts(await readFile(join(out, "delrapport-1.docx")));
    const paragraphs = paragraphsOf(parts.get("word/document.xml") ?? "").map((p) => p.text);
    expect(paragraphs).toContainEqual(
      expect.stringContaining(
        "Därtill finns 7 rader med fel på bladen Aktiviteter (bostader.xlsx 5, energi.xlsx 1, smf.xlsx 1) som inte räknas förrän felen är rättade.",
      ),
    );
    expect(paragraphs).toContain("bostader.xlsx, bladet Aktiviteter: 5 rader");
    expect(paragraphs).toContain("bostader.xlsx, bladet Mätningar: 1 rad");
  });

  it("shows the managers each block's workbook apart from its work, with the rows left out", async () => {
    const files = (await readdir(join(out, "outbox"))).filter((f) => f.endsWith(".eml"));
    const overview = await simpleParser(await readFile(join(out, "outbox", files.find((f) => f.includes("annelie")) ?? "")));
    expect(overview.text).toContain(
      "- Bostäder — Läge: i gång · Aktiviteter: 0; 5 rader med fel räknas inte · Leveranser: – · Arbetsboken: 2 fel, 6 rader räknas inte",
    );
    expect(overview.text).toContain(
      "8 rader med fel räknas inte med i siffrorna: bostader.xlsx 6 rader, energi.xlsx 1 rad, smf.xlsx 1 rad.",
    );
    const owner = await simpleParser(await readFile(join(out, "outbox", files.find((f) => f.includes("energi")) ?? "")));
    expect(owner.text).not.toContain("innan rapporten kan skrivas");
    expect(owner.text).toContain("Er arbetsbok energi.xlsx: 2 fel och 0 varningar.");
  });
});

describe("validate --annotate on the broken example", () => {
  let copies: string;
  let stderr: string;
  beforeAll(async () => {
    copies = await temp.make("lagesbild-annotated-");
    ({ stderr } = await cli("validate", broken, "--annotate", copies));
  }, 180_000);

  it("writes a copy of every workbook and says so", async () => {
    expect((await readdir(copies)).sort()).toEqual((await readdir(broken)).filter((f) => f.endsWith(".xlsx")).sort());
    expect(stderr).toContain(`Skrev ${join(copies, "energi.xlsx")} (2 problem markerade)`);
  });

  it("keeps every value staff entered, in every sheet of every workbook", async () => {
    for (const file of (await readdir(broken)).filter((f) => f.endsWith(".xlsx"))) {
      const before = await readOoxml(await readFile(join(broken, file)), 1e8);
      const after = await readOoxml(await readFile(join(copies, file)), 1e8);
      const cells = (book: typeof before) =>
        book.sheets.filter((sh) => sh.name !== "Problem").map((sh) => ({ name: sh.name, rows: sh.rows }));
      expect(cells(after), file).toEqual(cells(before));
      expect(after.dateSystem).toBe(before.dateSystem);
    }
  });

  it("validates exactly as the original: the marks and the Problem sheet change nothing", async () => {
    const again = JSON.parse((await cli("validate", copies, "--json")).stdout) as ProblemJson[];
    expect(again.map(({ link: _link, ...p }) => p)).toEqual(problems.map(({ link: _link, ...p }) => p));
  });

  it("puts each problem as a comment on its cell, with a fill, and lists them with links to the cells", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(copies, "energi.xlsx"));
    const activities = workbook.getWorksheet("Aktiviteter");
    const note = activities?.getCell("I1").note;
    const noteText = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(noteText).toContain("FEL: Kolumnen ”Mål/effekter” liknar ”Mål och effekter”");
    expect(activities?.getCell("I1").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFC7CE" } });
    expect(activities?.getCell("J5").note).toBeDefined();
    expect(activities?.getCell("J4").note).toBeUndefined();
    expect(
      activities?.getCell("J4").fill?.type === "pattern" && (activities.getCell("J4").fill as ExcelJS.FillPattern).fgColor?.argb,
    ).not.toBe("FFFFC7CE");

    const list = workbook.getWorksheet("Problem");
    const rows = (list?.getSheetValues() ?? []).slice(2).map((r) => (Array.isArray(r) ? r.slice(1, 6) : []));
    expect(rows).toEqual([
      ["FEL", "Aktiviteter", "I1", "Mål/effekter", expect.stringContaining("liknar ”Mål och effekter”")],
      ["FEL", "Aktiviteter", "J5", "Status", expect.stringContaining("Menade du ”pågående”?")],
    ]);
    expect(list?.getCell("F2").value).toMatchObject({
      formula: `HYPERLINK("#'Aktiviteter'!I1","Aktiviteter, rad 1, kolumn I (Mål/effekter)")`,
    });
  });

  it("refuses to write the copies over the originals", async () => {
    const { code, stderr: said } = await cli("validate", broken, "--annotate", broken);
    expect(code).toBe(2);
    expect(said).toContain("är mappen med arbetsböckerna");
  });
});
