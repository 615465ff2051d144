import { stat } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CellValue, RawSheet, RawWorkbook } from "../src/sources/raw-workbook.ts";
import type { WorkbookSource } from "../src/sources/workbook-source.ts";
import { folderSource } from "../src/sources/xlsx/folder-source.ts";
import { formatBytes } from "../src/sources/xlsx/limits.ts";
import { messy, zipEntryText } from "./helpers/workbooks.ts";

// Fixtures written by LibreOffice or from raw XML, never by exceljs: test/fixtures/messy/make-fixtures.py.
let files: WorkbookSource;
beforeAll(() => {
  files = folderSource(messy("files"));
});
afterAll(() => files.close());

async function read(source: WorkbookSource, file: string): Promise<RawWorkbook> {
  const outcome = await source.readBlock(file);
  if (!outcome.ok) throw new Error(`${file}: ${outcome.problems.map((p) => p.message).join("; ")}`);
  return outcome.workbook;
}

function sheet(workbook: RawWorkbook, name: string): RawSheet {
  const found = workbook.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Cell (row, column letter) of a raw sheet, as the reader gave it. */
function cellAt(s: RawSheet, row: number, column: string): CellValue | undefined {
  return s.rows.find((r) => r.number === row)?.cells[column.charCodeAt(0) - 65];
}

describe("a workbook LibreOffice wrote", () => {
  let cells: RawSheet;
  let workbook: RawWorkbook;
  beforeAll(async () => {
    workbook = await read(files, "libreoffice-cells.xlsx");
    cells = sheet(workbook, "Celler");
  });
  const byLabel = (label: string) => cells.rows.find((r) => r.cells[0]?.kind === "text" && r.cells[0].text === label)?.cells[1];

  it.each<[string, CellValue | undefined]>([
    ["datumcell", { kind: "date", iso: "2024-09-18" }],
    ["datum och tid", { kind: "date", iso: "2024-09-18T13:45:00" }],
    ["formel med tal", { kind: "number", value: 42 }],
    ["formel med text", { kind: "text", text: "Luleå kommun" }],
    ["formel med datum", { kind: "date", iso: "2024-09-19" }],
    ["formel med sanningsvärde", { kind: "boolean", value: true }],
    ["#REF!", { kind: "error", code: "#REF!" }],
    ["#N/A", { kind: "error", code: "#N/A" }],
    ["#DIV/0!", { kind: "error", code: "#DIV/0!" }],
    ["fetstil i en del", { kind: "text", text: "Möte om bostäder i Luleå" }],
    ["länk", { kind: "text", text: "Tillväxtverket", hyperlink: "https://tillvaxtverket.se/" }],
    ["sant", { kind: "boolean", value: true }],
    ["falskt", { kind: "boolean", value: false }],
    ["decimalkomma", { kind: "text", text: "4,5" }],
    ["tusental med mellanslag", { kind: "text", text: "65 000" }],
    ["tusental med hårt mellanslag", { kind: "text", text: "1\u00a0234\u00a0567,25" }],
    ["blanksteg runt", { kind: "text", text: "  Luleå \u00a0" }],
    ["svenskt datum som text", { kind: "text", text: "18 september 2024" }],
    ["ISO-datum som text", { kind: "text", text: "2024-09-18" }],
    ["serienummer", { kind: "number", value: 45553 }],
    ["id med inledande nollor", { kind: "text", text: "00123" }],
    ["diarienummer", { kind: "text", text: "2023-2658" }],
    ["två rader", { kind: "text", text: "Första raden\nAndra raden" }],
    ["decimaltal", { kind: "number", value: 1234.5 }],
    ["formel som ger tom text", undefined],
  ])("reads %s exactly", (label, expected) => {
    expect(byLabel(label)).toEqual(expected);
  });

  it("leaves out the empty row but keeps the row numbers the sheet shows", () => {
    const numbers = cells.rows.map((r) => r.number);
    expect(numbers).not.toContain(27);
    expect(cells.rows.find((r) => r.number === 28)?.cells).toEqual([
      { kind: "text", text: "efter en tom rad" },
      { kind: "text", text: "finns" },
    ]);
  });

  it("keeps a merged range as its range, with the value only in the top-left cell", () => {
    expect(cells.merges).toEqual(["B29:C30"]);
    expect(cellAt(cells, 29, "B")).toEqual({ kind: "text", text: "övre vänstra" });
    expect(cellAt(cells, 29, "C")).toBeUndefined();
    expect(cellAt(cells, 30, "B")).toBeUndefined();
  });

  it("reads a hidden sheet and says that it is hidden", () => {
    expect(workbook.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["Celler", false],
      ["Gömt blad", true],
    ]);
    expect(sheet(workbook, "Gömt blad").rows[0]?.cells).toEqual([{ kind: "text", text: "hemligt" }]);
  });

  it("uses the 1900 date system LibreOffice writes by default", () => {
    expect(workbook.dateSystem).toBe(1900);
  });
});

describe("a workbook in the 1904 date system", () => {
  it('is marked so by LibreOffice with date1904="true", not "1"', async () => {
    expect(await zipEntryText(messy("valid", "energi.xlsx"), "xl/workbook.xml")).toContain('date1904="true"');
  });

  it("reads date cells as the dates they show, and hands on serial numbers with the system to read them by", async () => {
    const source = folderSource(messy("valid"));
    try {
      const workbook = await read(source, "energi.xlsx");
      expect(workbook.dateSystem).toBe(1904);
      const activities = sheet(workbook, "Aktiviteter");
      expect(cellAt(activities, 2, "B")).toEqual({ kind: "date", iso: "2024-02-14" });
      expect(cellAt(activities, 2, "C")).toEqual({ kind: "date", iso: "2024-02-15" });
      expect(cellAt(activities, 3, "B")).toEqual({ kind: "number", value: 44091 });
    } finally {
      await source.close();
    }
  });
});

describe("a workbook built like a Google Sheets download", () => {
  let workbook: RawWorkbook;
  beforeAll(async () => {
    workbook = await read(files, "google-sheets-export.xlsx");
  });

  it.each<[string, number, string, CellValue | undefined]>([
    ["an inline string", 2, "A", { kind: "text", text: "G-1" }],
    ["an inline string in formatted runs", 2, "E", { kind: "text", text: "Möte exporterat från Google Kalkylark" }],
    ["a serial number in a date format", 2, "B", { kind: "date", iso: "2024-09-18" }],
    ["a formula's cached date", 3, "B", { kind: "date", iso: "2024-09-19" }],
    ["a formula's cached text (t=str)", 3, "E", { kind: "text", text: "Dialog om elnät" }],
    ["an error result (t=e)", 4, "E", { kind: "error", code: "#N/A" }],
  ])("reads %s on Aktiviteter", (_, row, column, expected) => {
    expect(cellAt(sheet(workbook, "Aktiviteter"), row, column)).toEqual(expected);
  });

  it.each<[string, number, string, CellValue | undefined]>([
    ["the master of a shared formula", 3, "C", { kind: "number", value: 110 }],
    ["a shared formula's cached value", 4, "C", { kind: "number", value: 120 }],
    ["the last cell of a shared formula", 5, "C", { kind: "number", value: 130 }],
    ["a boolean (a ticked check box)", 5, "D", { kind: "boolean", value: true }],
    ["a formula without a cached value", 6, "C", { kind: "uncalculated", formula: "C5+10" }],
    ["a formula whose cached value is empty text", 7, "C", undefined],
    ["rich inline text", 2, "D", { kind: "text", text: "Preliminärt värde" }],
  ])("reads %s on Mätningar", (_, row, column, expected) => {
    expect(cellAt(sheet(workbook, "Mätningar"), row, column)).toEqual(expected);
  });

  it("reads the link of a HYPERLINK formula, as Google Sheets writes an inserted link", () => {
    expect(cellAt(sheet(workbook, "Källor"), 2, "C")).toEqual({
      kind: "text",
      text: "SCB",
      hyperlink: "https://www.scb.se/hitta-statistik/",
    });
  });
});

describe("files that are not readable workbooks", () => {
  it.each([
    ["truncated.xlsx", "file-damaged", "filen verkar avkortad"],
    ["csv-renamed.xlsx", "file-not-xlsx", "textfil (CSV)"],
    ["empty.xlsx", "file-not-xlsx", "filen är tom"],
    ["docx-renamed.xlsx", "file-not-xlsx", "ingen arbetsbok"],
    ["password-protected.xlsx", "file-encrypted", "lösenordsskyddad"],
    ["old-binary.xls", "file-xls", "gamla Excel-formatet (.xls)"],
    ["zip-bomb.xlsx", "file-suspicious", "över 600,0 MB uppackat"],
    ["zip-bomb-lying.xlsx", "file-damaged", "skadad"],
    ["finns-inte.xlsx", "file-missing", "finns inte"],
  ])("%s gives one clear error naming the file (%s)", async (file, code, words) => {
    const outcome = await files.readBlock(file);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.name).toBe(file);
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]).toMatchObject({ code, severity: "error", workbook: file });
    expect(outcome.problems[0]?.message).toContain(words);
  });

  it("refuses a file over the size limit before reading it", async () => {
    const source = folderSource(messy("files"), { limits: { maxFileBytes: 4096 } });
    try {
      const outcome = await source.readBlock("libreoffice-cells.xlsx");
      const size = formatBytes((await stat(messy("files", "libreoffice-cells.xlsx"))).size);
      expect(outcome.ok || outcome.problems).toEqual([
        expect.objectContaining({ code: "file-too-large", workbook: "libreoffice-cells.xlsx", value: size }),
      ]);
    } finally {
      await source.close();
    }
  });

  it("gives up a parse that outlasts the time limit, and the next source reads the same file", async () => {
    const impatient = folderSource(messy("files"), { limits: { timeoutMs: 1 } });
    try {
      const outcome = await impatient.readBlock("libreoffice-cells.xlsx");
      expect(outcome.ok || outcome.problems).toEqual([
        expect.objectContaining({ code: "file-too-complex", workbook: "libreoffice-cells.xlsx" }),
      ]);
    } finally {
      await impatient.close();
    }
    expect((await files.readBlock("libreoffice-cells.xlsx")).ok).toBe(true);
  });
});

describe("odd but readable files", () => {
  it("reads an .xlsm and notes that its macros are ignored", async () => {
    const workbook = await read(files, "macros.xlsm");
    expect(workbook.notes).toEqual([{ code: "macros-ignored" }]);
    expect(cellAt(sheet(workbook, "Aktiviteter"), 2, "E")).toEqual({ kind: "text", text: "Möte med makron" });
  });

  it("reads the sheet-wide ranges that took exceljs down without expanding them", async () => {
    const workbook = await read(files, "hostile-ranges.xlsx");
    const s = sheet(workbook, "Aktiviteter");
    expect(s.merges).toEqual(["A3:XFD1048575"]);
    expect(s.rows.map((r) => r.number)).toEqual([1, 2, 1048576]);
    expect(s.rows[2]?.cells[16383]).toEqual({ kind: "text", text: "längst ned till höger" });
  });
});
