import { readdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockWorkbook, columnsOf, INSTRUCTIONS_SHEET, workbookLayouts, type AnySheet, type WorkbookKind } from "../sheets-schema/index.ts";
import { columnLetter } from "../src/sources/raw-workbook.ts";
import { folderSource } from "../src/sources/xlsx/folder-source.ts";
import { cli } from "./helpers/cli.ts";
import { LibreOffice, type Fill } from "./helpers/libreoffice.ts";
import { TempFolders, zipEntryText, type SheetsByHeader } from "./helpers/workbooks.ts";

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const FILES: Record<WorkbookKind, string> = { central: "central.xlsx", block: "byggsten.xlsx" };

describe("lagesbild init", () => {
  let dir: string;
  let stdout: string;
  const blank: Partial<Record<WorkbookKind, ExcelJS.Workbook>> = {};
  beforeAll(async () => {
    dir = await temp.make();
    const result = await cli("init", dir);
    expect(result.code).toBe(0);
    stdout = result.stdout;
    for (const kind of ["central", "block"] as const) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, FILES[kind]));
      blank[kind] = workbook;
    }
  });
  const sheetsOf = (kind: WorkbookKind) => Object.values(workbookLayouts[kind]).map((spec) => [kind, spec.name, spec] as const);

  it("writes the central workbook and the block template, and says what to do next", async () => {
    expect((await readdir(dir)).sort()).toEqual(["byggsten.xlsx", "central.xlsx"]);
    expect(stdout).toContain("Fyll i central.xlsx");
  });

  it.each([...sheetsOf("central"), ...sheetsOf("block")])(
    "%s workbook, sheet %s: Swedish headers, frozen header row, column widths",
    (kind, name, spec) => {
      const ws = blank[kind]?.getWorksheet(name);
      const columns = columnsOf(spec);
      expect(ws?.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.meta.header)]);
      expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(columns.map((_, i) => ws?.getColumn(i + 1).width)).toEqual(columns.map((c) => c.meta.width));
    },
  );

  it.each([...sheetsOf("central"), ...sheetsOf("block")])(
    "%s workbook, sheet %s: a drop-down list for every enumeration and yes/no column",
    (kind, name, spec) => {
      const validations = (
        blank[kind]?.getWorksheet(name) as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
      ).dataValidations.model;
      for (const [i, c] of columnsOf(spec).entries()) {
        const values = c.meta.kind === "enum" ? c.meta.values : c.meta.kind === "boolean" ? ["ja", "nej"] : undefined;
        if (!values) continue;
        expect(validations[`${String.fromCharCode(65 + i)}2`], c.meta.header).toMatchObject({
          type: "list",
          formulae: [`"${values.join(",")}"`],
        });
      }
    },
  );

  it("checks dates, numbers and amounts where they are typed, with Swedish messages, and shows what to write in every column", () => {
    const ws = blank.block?.getWorksheet("Aktiviteter");
    const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    // Aktiviteter: A Id, B Datum …; Mätningar: C Värde.
    expect(validations["B2"]).toMatchObject({
      type: "date",
      errorStyle: "warning",
      showInputMessage: true,
      error: "Datum ska vara ett datum, t.ex. 2024-09-18.",
    });
    expect(validations["B2"]?.prompt).toContain("Obligatorisk.");
    expect(validations["A2"]).toMatchObject({ type: "textLength", showInputMessage: true, promptTitle: "Id" });
    const measurements = (
      blank.block?.getWorksheet("Mätningar") as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    expect(measurements["C2"]).toMatchObject({ type: "decimal", error: "Värde ska vara ett tal." });
    const budget = (
      blank.central?.getWorksheet("Budget") as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    expect(budget["B2"]).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
  });

  it("marks required columns apart from optional ones, and prints landscape, as wide as the page, with the header on every page", () => {
    const ws = blank.block?.getWorksheet("Aktiviteter");
    const fill = (address: string) => (ws?.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    // Id (A) is required, Slutdatum (C) is not.
    expect(fill("A1")).not.toBe(fill("C1"));
    expect(fill("A1")).toBe(fill("B1"));
    expect(ws?.getCell("A1").note).toMatch(/^Obligatorisk/);
    expect(ws?.getCell("C1").note).toMatch(/^Frivillig/);
    expect(ws?.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
      paperSize: 9,
    });
  });

  it.each(["central", "block"] as const)(
    "the %s workbook has an Instruktioner sheet: a short how-to with an example row, then every column",
    (kind) => {
      const ws = blank[kind]?.getWorksheet(INSTRUCTIONS_SHEET);
      expect(ws?.getCell("A1").text).toBe("Så fyller du i arbetsboken");
      let headerRow = 0;
      ws?.eachRow((row, n) => {
        if (!headerRow && row.getCell(1).text === "Blad" && row.getCell(2).text === "Kolumn") headerRow = n;
      });
      expect(headerRow).toBeGreaterThan(2);
      const howTo = Array.from({ length: headerRow - 1 }, (_, i) => ws?.getCell(`A${i + 1}`).text ?? "");
      expect(howTo.some((line) => line.startsWith("Exempel, bladet Aktiviteter: BO-12 | 2024-03-14 | möte"))).toBe(true);
      expect(ws?.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${headerRow}:${headerRow}`,
      });
      const described = new Set<string>();
      ws?.eachRow((row, n) => {
        if (n > headerRow && row.getCell(2).text) described.add(`${row.getCell(1).text}/${row.getCell(2).text}/${row.getCell(3).text}`);
      });
      const expected = Object.values(workbookLayouts[kind]).flatMap((spec) =>
        columnsOf(spec).map((c) => `${spec.name}/${c.meta.header}/${c.required ? "ja" : "nej"}`),
      );
      expect([...described]).toEqual(expected);
    },
  );

  it("refuses to overwrite the workbooks without --force", async () => {
    const again = await cli("init", dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("finns redan");
    expect((await cli("init", dir, "--force")).code).toBe(0);
  });
});

describe("a blank workbook filled in and saved by LibreOffice", () => {
  let filled: string;
  beforeAll(async () => {
    const blankDir = await temp.make();
    expect((await cli("init", blankDir)).code).toBe(0);
    filled = await temp.make();
    await new LibreOffice(await temp.make("lagesbild-soffice-")).fillAndSave([
      { from: join(blankDir, "central.xlsx"), to: join(filled, "central.xlsx"), fill: fillFor("central", CENTRAL) },
      { from: join(blankDir, "byggsten.xlsx"), to: join(filled, "bostader.xlsx"), fill: fillFor("block", BLOCK) },
    ]);
  }, 180_000);

  it("validates clean", async () => {
    const result = await cli("validate", filled);
    expect(result.stdout).toContain("Totalt: inga problem");
    expect(result.code).toBe(0);
  });

  it("is really LibreOffice's file, and keeps the drop-down lists and column widths", async () => {
    expect(await zipEntryText(join(filled, "bostader.xlsx"), "docProps/app.xml")).toContain("LibreOffice");
    // Sheet 2 is Aktiviteter (Instruktioner comes first). A headless LibreOffice has no view, so it writes no frozen pane.
    const sheet = (await zipEntryText(join(filled, "bostader.xlsx"), "xl/worksheets/sheet2.xml")).replace(/&quot;/g, '"');
    const validations = [...sheet.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)]
      .filter((m) => /type="list"/.test(m[1] ?? ""))
      .map((m) => [/sqref="([A-Z]+)2:\1\d+"/.exec(m[1] ?? "")?.[1], m[2]]);
    const enumerations = columnsOf(blockWorkbook.activities).flatMap((c, i) =>
      c.meta.values ? [[columnLetter(i), `"${c.meta.values.join(",")}"`]] : [],
    );
    expect(enumerations.map(([letter]) => letter)).toEqual(["D", "E", "J"]);
    expect(validations).toEqual(enumerations);
    const widths = [...sheet.matchAll(/<col [^>]*max="(\d+)" min="(\d+)"[^>]*width="([\d.]+)"/g)].flatMap((m) =>
      Array.from({ length: Number(m[1]) - Number(m[2]) + 1 }, () => Number(m[3])),
    );
    expect(widths).toEqual(columnsOf(blockWorkbook.activities).map((c) => c.meta.width));
  });

  it("keeps the dates typed into date columns as date cells", async () => {
    const source = folderSource(filled);
    try {
      const outcome = await source.readBlock("bostader.xlsx");
      expect(outcome.ok && outcome.workbook.sheets.find((s) => s.name === "Aktiviteter")?.rows[1]?.cells[1]).toEqual({
        kind: "date",
        iso: "2024-03-05",
      });
    } finally {
      await source.close();
    }
  });

  it("warns about a copied workbook that no block names, and still exits 0", async () => {
    const withCopy = await temp.copyOf(filled, { "energi.xlsx": join(filled, "bostader.xlsx") });
    const result = await cli("validate", withCopy, "--json");
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ code: "workbook-unreferenced", workbook: "energi.xlsx", severity: "warning" }),
    ]);
    expect(result.code).toBe(0);
  });
});

const CENTRAL: SheetsByHeader = {
  Uppdrag: [
    {
      Namn: "Nyindustrialiseringen och samhällsomvandlingen i Norrbotten och Västerbotten",
      Rubrik: "Uppdrag att samordna arbetet på nationell nivå",
      Diarienummer: "2023-2658",
      Regeringsbeslut: "KN2023/03505; KN2023/04630",
      Startdatum: "2023-06-01",
      Slutdatum: "2026-12-31",
      Myndighet: "Tillväxtverket",
    },
  ],
  Rapporter: [
    {
      Nummer: 1,
      Titel: "Delrapport 1",
      Datum: "2024-09-18",
      Periodstart: "2023-06-01",
      Periodslut: "2024-09-18",
      Beslutsfattare: "Kristina Zetterström",
      "Beslutsfattarens titel": "avdelningschef",
      Handläggare: "Mia Eliasson; Åsa Talamo",
      Föredragande: "AnneLie Granljung",
      Ort: "Luleå",
      Status: "beslutad",
    },
  ],
  Mål: [
    { Id: "M1", Typ: "övergripande mål", Text: "En stark nyindustrialisering", Ordning: 1 },
    { Id: "E1", Typ: "önskad effekt", Text: "Fler bostäder", Ordning: 1 },
  ],
  Byggstenar: [
    {
      Id: "bostader",
      Namn: "Bostäder",
      Typ: "byggsten",
      Ansvarig: "Anna Andersson",
      "E-post": "anna@example.se",
      Status: "aktiv",
      Ordning: 1,
      Arbetsbok: "bostader.xlsx",
    },
  ],
  Indikatorer: [
    {
      Id: "I1",
      Namn: "Antal bostäder",
      Mål: "E1",
      Enhet: "antal",
      Riktning: "öka",
      Målvärde: 2500,
      Måldatum: "2026-12-31",
      Byggsten: "bostader",
    },
  ],
  Mottagare: [
    { Namn: "AnneLie Granljung", "E-post": "annelie@example.se", Roll: "samordnare", Veckosammanfattning: "ja", Rapportutkast: "nej" },
  ],
};

const BLOCK: SheetsByHeader = {
  Aktiviteter: [
    {
      Id: "BO-1",
      Datum: "2024-03-05",
      Typ: "möte",
      Verktyg: "Nätverk",
      Titel: "Möte om bostäder",
      "Mål och effekter": "E1",
      Status: "planerad",
    },
  ],
  Mätningar: [{ Indikator: "I1", Datum: "2024-06-30", Värde: 1250.5, Kommentar: "Preliminärt" }],
};

/** Rows keyed by header as cell positions; dates as serial numbers, typed into the date-formatted columns. */
function fillFor(kind: WorkbookKind, sheets: SheetsByHeader): Fill {
  const layout = Object.values(workbookLayouts[kind]);
  return Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => {
      const spec = layout.find((s) => s.name === name) as AnySheet;
      const columns = columnsOf(spec);
      return [
        name,
        rows.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([header, value]) => {
              const index = columns.findIndex((c) => c.meta.header === header);
              const date = columns[index]?.meta.kind === "date" && typeof value === "string";
              return [index, date ? serial(value) : (value as string | number)];
            }),
          ),
        ),
      ];
    }),
  );
}

function serial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
