import { rename } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Programme } from "../src/domain/model.ts";
import type { Problem } from "../src/validation/problem.ts";
import { located, messy, TempFolders, validateFolder, type Located } from "./helpers/workbooks.ts";

// The folders test/fixtures/messy/{valid,invalid} were written by LibreOffice from hand-written flat ODS
// (test/fixtures/messy/content.py says what each cell holds).

const temp = new TempFolders();
afterAll(() => temp.removeAll());

/** [code, workbook, sheet, row, column, header, value]: one problem, as the tables below list them. */
type Row = [string, string, string?, number?, string?, (string | undefined)?, string?];

function expected(severity: "error" | "warning", rows: readonly Row[]): Located[] {
  return rows.map(([code, workbook, sheet, row, column, header, value]) => ({
    code,
    severity,
    workbook,
    ...(sheet !== undefined ? { sheet } : {}),
    ...(row !== undefined ? { row } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(header !== undefined ? { header } : {}),
    ...(value !== undefined ? { value } : {}),
  }));
}

const bySeverity = (problems: readonly Problem[], severity: "error" | "warning") =>
  located(problems.filter((p) => p.severity === severity));

describe("a messy but valid folder written by LibreOffice", () => {
  let programme: Programme;
  let problems: readonly Problem[];
  beforeAll(async () => {
    ({ programme, problems } = await validateFolder(messy("valid")));
  });

  it("has no errors, and warns only about the extra columns and the merged cells", () => {
    expect(bySeverity(problems, "error")).toEqual([]);
    expect(bySeverity(problems, "warning")).toEqual(
      expected("warning", [
        ["column-unknown", "central.xlsx", "Uppdrag", 1, "H", "Anteckning"],
        ["column-unknown", "bostader.xlsx", "Aktiviteter", 1, "N", "Intern kod"],
        ["cells-merged", "bostader.xlsx", "Aktiviteter", 5, "G", "Beskrivning", "G5:H5"],
      ]),
    );
  });

  it("reads the assignment with headers in another order, case and spacing, and dates as a date cell and as Swedish text", () => {
    expect(programme.assignment).toEqual({
      name: "Nyindustrialiseringen och samhällsomvandlingen i Norrbotten och Västerbotten",
      heading: "Uppdrag att samordna arbetet på nationell nivå",
      dnr: "2023-2658",
      governmentRefs: ["KN2023/03505", "KN2023/04630"],
      start: "2023-06-22",
      end: "2026-12-31",
      agency: "Tillväxtverket",
    });
  });

  it("reads a report dated by a serial number, ISO text, a date cell and an abbreviated Swedish date", () => {
    expect(programme.reports).toEqual([
      {
        number: 1,
        title: "Delrapport 1",
        date: "2024-09-18",
        periodStart: "2023-06-22",
        periodEnd: "2024-09-18",
        decisionMaker: "Kristina Zetterström",
        decisionMakerTitle: "avdelningschef",
        caseOfficers: ["Mia Eliasson", "Caroline Wigerstad", "Åsa Talamo"],
        rapporteur: "AnneLie Granljung",
        rapporteurTitle: "samordnare",
        place: "Luleå",
        signedOn: "2024-09-27",
        status: "beslutad",
      },
    ]);
  });

  it("reads rich text as its plain text, a formula's result, and skips the empty row in the middle", () => {
    expect(programme.goals).toEqual([
      { id: "M1", kind: "övergripande mål", text: "En stark nyindustrialisering", order: 1 },
      { id: "D1", kind: "delmål", text: "Fler bostäder", order: 1 },
      { id: "E1", kind: "önskad effekt", text: "Kortare ledtider", order: 2 },
      { id: "E2", kind: "önskad effekt", text: "Mer förnybar energi", order: 3 },
    ]);
  });

  it("reads an e-mail from a mailto link cell and trims spaces around another", () => {
    expect(programme.blocks.map((b) => [b.id, b.ownerEmail, b.status, b.order, b.workbook])).toEqual([
      ["bostader", "anna.andersson@example.se", "aktiv", 1, "bostader.xlsx"],
      ["energi", "erik.eriksson@example.se", "aktiv", 2, "energi.xlsx"],
      ["offentlig-sektor", undefined, "startar senare", 3, undefined],
    ]);
  });

  it("reads numbers with no-break-space and space thousands, decimal commas, and kr", () => {
    expect(programme.indicators.map((i) => [i.id, i.baseline, i.baselineDate, i.target, i.targetDate, i.direction])).toEqual([
      ["I1", 1234, "2023-06-22", 2500, "2026-12-31", "öka"],
      ["I2", 40.5, "2023-12-31", 65.25, "2026-12-31", "öka"],
    ]);
    expect(programme.budget).toEqual([
      { year: 2023, allocated: 4_000_000, spent: 3_950_000.5, status: "beslutad" },
      { year: 2024, allocated: 10_000_000, spent: 5_000_000, status: "beslutad", comment: "Förbrukat t.o.m. augusti" },
    ]);
  });

  it("reads boolean cells and ja/nej in any case", () => {
    expect(programme.recipients.map((r) => [r.name, r.weeklySummary, r.reportDraft])).toEqual([
      ["AnneLie Granljung", true, false],
      ["Kristina Zetterström", false, true],
    ]);
  });

  it("reads the link of a hyperlink cell in a link column", () => {
    expect(programme.sources).toEqual([
      { id: "scb-2024", text: "SCB, Bostadsbyggande 2024", link: "https://www.scb.se/" },
      { id: "boverket-2024", text: "Boverket, Bostadsmarknadsenkäten 2024", link: "https://www.boverket.se" },
    ]);
  });

  it("reads every activity exactly: ids kept as text, every way of writing a date, in both date systems", () => {
    expect(programme.activities).toEqual([
      {
        id: "00123",
        date: "2024-03-05",
        endDate: "2024-03-06",
        type: "möte",
        tool: "Nätverk",
        title: "Möte om bostäder",
        description: "Dialog med kommunerna.",
        actors: ["Region Norrbotten", "Luleå kommun", "Bodens kommun"],
        goals: ["D1", "E1"],
        status: "genomförd",
        result: "En gemensam lägesbild.",
        dnr: "2023-2658",
        sources: ["boverket-2024"],
        owner: "bostader",
      },
      {
        id: "BO-2",
        date: "2024-09-18",
        type: "studieresa",
        tool: "Kunskap",
        title: "Studieresa\u00a0till Skellefteå",
        goals: ["M1"],
        status: "planerad",
        owner: "bostader",
      },
      {
        id: "BO-3",
        date: "2024-04-04",
        endDate: "2024-04-05",
        type: "evenemang",
        tool: "Investering",
        title: "Seminarium",
        description: "Sammanfogad beskrivning",
        status: "pågående",
        owner: "bostader",
      },
      {
        id: "BO-4",
        date: "2024-09-18",
        endDate: "2024-10-01",
        type: "upphandling",
        tool: "Kunskap",
        title: "Upphandling av kunskapsunderlag",
        status: "pågående",
        dnr: "Å 2024-1429",
        owner: "bostader",
      },
      {
        id: "EN-1",
        date: "2024-02-14",
        endDate: "2024-02-15",
        type: "möte",
        tool: "Nätverk",
        title: "Energimöte i Luleå",
        status: "genomförd",
        result: "Överenskommelse om fortsatt dialog.",
        owner: "energi",
      },
      { id: "EN-2", date: "2024-09-18", type: "dialog", tool: "Kunskap", title: "Dialog om elnät", status: "planerad", owner: "energi" },
    ]);
  });

  it("reads measurements written as text, formulas and 1904 serial numbers", () => {
    expect(programme.measurements).toEqual([
      { indicator: "I1", date: "2024-06-30", value: 1250, comment: "Preliminärt", owner: "bostader" },
      { indicator: "I1", date: "2024-08-31", value: 1310, owner: "bostader" },
      { indicator: "I2", date: "2024-06-30", value: 42.5, owner: "energi" },
      { indicator: "I2", date: "2024-09-18", value: 43.75, owner: "energi" },
    ]);
  });

  it("reads the block's deliverables, networks and texts", () => {
    expect(programme.deliverables).toEqual([
      {
        id: "L-1",
        title: "Kunskapsunderlag om bostäder",
        due: "2024-11-15",
        status: "pågående",
        responsible: "Anna Andersson",
        owner: "bostader",
      },
    ]);
    expect(programme.networks).toEqual([{ name: "Rådet för hållbara städer", role: "deltagare", from: "2023-09-01", owner: "bostader" }]);
    expect(programme.blockTexts).toEqual([
      { block: "bostader", report: "1", order: 1, text: "Byggstenen har kommit igång." },
      { block: "bostader", report: "1", order: 2, text: "- första punkten\n- andra punkten" },
    ]);
  });
});

describe("a folder with every kind of mistake, written by LibreOffice", () => {
  let programme: Programme;
  let problems: readonly Problem[];
  beforeAll(async () => {
    ({ programme, problems } = await validateFolder(messy("invalid")));
  });

  it("names every error at once with workbook, sheet, row, column, header and value, in the order they stand in the workbooks", () => {
    expect(bySeverity(problems, "error")).toEqual(
      expected("error", [
        ["period-order", "central.xlsx", "Rapporter", 2, "E", "Periodslut", "2023-06-22"],
        ["enum-invalid", "central.xlsx", "Rapporter", 3, "K", "Status", "klar"],
        ["id-duplicate", "central.xlsx", "Mål", 4, "A", "Id", "M1"],
        ["number-invalid", "central.xlsx", "Budget", 2, "B", "Tilldelat", "4.000.000"],
        ["amount-negative", "central.xlsx", "Budget", 3, "B", "Tilldelat", "-100"],
        ["owner-email-missing", "central.xlsx", "Byggstenar", 2, "E", "E-post", "Små och medelstora företag"],
        ["ref-unknown", "central.xlsx", "Indikatorer", 2, "C", "Mål", "M9"],
        ["baseline-incomplete", "central.xlsx", "Indikatorer", 2, "G", "Basdatum"],
        ["section-unknown", "central.xlsx", "Texter", 2, "B", "Avsnitt", "okänt-avsnitt"],
        ["footnote-unknown", "central.xlsx", "Texter", 3, "D", "Text", "saknas"],
        ["email-invalid", "central.xlsx", "Mottagare", 2, "B", "E-post", "per.example.se"],
        ["boolean-invalid", "central.xlsx", "Mottagare", 2, "E", "Rapportutkast", "kanske"],
        ["boolean-invalid", "central.xlsx", "Mottagare", 3, "D", "Veckosammanfattning", "1"],
        ["date-invalid", "smf.xlsx", "Aktiviteter", 2, "B", "Datum", "18/9"],
        ["date-order", "smf.xlsx", "Aktiviteter", 3, "C", "Slutdatum", "2024-05-01"],
        ["date-outside-assignment", "smf.xlsx", "Aktiviteter", 4, "B", "Datum", "2022-01-10"],
        ["ref-unknown", "smf.xlsx", "Aktiviteter", 4, "I", "Mål och effekter", "X9"],
        ["ref-unknown", "smf.xlsx", "Aktiviteter", 4, "M", "Källor", "nope"],
        ["id-is-date", "smf.xlsx", "Aktiviteter", 5, "A", "Id", "2024-02-26"],
        ["enum-invalid", "smf.xlsx", "Aktiviteter", 5, "D", "Typ", "fika"],
        ["cell-error", "smf.xlsx", "Aktiviteter", 6, "B", "Datum", "#DIV/0!"],
        ["cell-error", "smf.xlsx", "Aktiviteter", 6, "F", "Titel", "#N/A"],
        ["cell-error", "smf.xlsx", "Aktiviteter", 8, "E", "Verktyg", "#REF!"],
        ["text-is-date", "smf.xlsx", "Aktiviteter", 8, "F", "Titel", "2024-04-01"],
        ["enum-invalid", "smf.xlsx", "Aktiviteter", 8, "J", "Status", "SANT"],
        ["value-required", "smf.xlsx", "Aktiviteter", 10, "D", "Typ"],
        ["measurement-duplicate", "smf.xlsx", "Mätningar", 3, "B", "Datum", "2024-06-30"],
        ["ref-unknown", "smf.xlsx", "Mätningar", 4, "A", "Indikator", "I9"],
        ["number-ambiguous", "smf.xlsx", "Mätningar", 5, "C", "Värde", "1.234"],
        ["number-invalid", "smf.xlsx", "Mätningar", 6, "C", "Värde", "cirka 5"],
        ["number-invalid", "smf.xlsx", "Mätningar", 7, "C", "Värde", "SANT"],
        ["cell-error", "smf.xlsx", "Mätningar", 8, "C", "Värde", "#REF!"],
        ["value-required", "smf.xlsx", "Mätningar", 9, "C", "Värde"],
        ["number-invalid", "smf.xlsx", "Mätningar", 10, "C", "Värde", "false"],
        ["columns-missing", "smf.xlsx", "Leveranser", 1],
        ["footnote-unknown", "smf.xlsx", "Texter", 2, "C", "Text", "okand"],
        ["id-duplicate", "bostader.xlsx", "Aktiviteter", 2, "A", "Id", "BO-1"],
        ["measurement-duplicate", "bostader.xlsx", "Mätningar", 2, "B", "Datum", "2024-06-30"],
        ["date-outside-assignment", "bostader.xlsx", "Leveranser", 2, "C", "Förfallodatum", "2027-03-01"],
        ["date-order", "bostader.xlsx", "Nätverk", 2, "D", "Till", "2024-01-01"],
      ]),
    );
  });

  it("keeps warnings apart from the errors", () => {
    expect(bySeverity(problems, "warning")).toEqual(
      expected("warning", [
        ["sheet-unknown", "central.xlsx", "Blad1"],
        ["column-unknown", "smf.xlsx", "Aktiviteter", 1, "O", "Extra"],
        ["result-missing", "smf.xlsx", "Aktiviteter", 3, "K", "Resultat"],
        ["cells-merged", "smf.xlsx", "Aktiviteter", 9, "D", "Typ", "D9:D10"],
      ]),
    );
  });

  it.each([
    ["columns-missing", "Obligatoriska kolumner saknas: ”Förfallodatum”."],
    ["measurement-duplicate", "Indikatorn ”I2” har redan ett mätvärde för 2024-06-30 (smf.xlsx, bladet Mätningar, rad 2)."],
    ["owner-email-missing", "Byggstenen ”Små och medelstora företag” är aktiv men saknar e-postadress till den ansvariga."],
    ["date-outside-assignment", "Datumet 2022-01-10 ligger utanför uppdragets period (2023-06-22 – 2026-12-31)."],
  ])("explains %s in Swedish, with what was expected", (code, words) => {
    expect(problems.find((p) => p.code === code)?.message).toContain(words);
  });

  it("says which ids an unknown reference should have been among", () => {
    expect(problems.find((p) => p.code === "ref-unknown" && p.value === "nope")?.expected).toBe("källorna på bladen Källor");
  });

  it("drops no row without an error at that row: every activity and measurement row is either in the programme or reported", () => {
    const errorRows = (sheet: string) =>
      new Set(problems.filter((p) => p.severity === "error" && p.sheet === sheet && p.row).map((p) => `${p.workbook}:${p.row}`));
    // smf.xlsx: 9 activity rows, 9 measurement rows; bostader.xlsx: 1 of each.
    expect(programme.activities.map((a) => [a.id, a.owner])).toEqual([
      ["BO-1", "smf"],
      ["SMF-8", "smf"],
    ]);
    expect(programme.activities.length + errorRows("Aktiviteter").size).toBe(10);
    expect(programme.measurements).toEqual([{ indicator: "I2", date: "2024-06-30", value: 4.5, owner: "smf" }]);
    expect(programme.measurements.length + errorRows("Mätningar").size).toBe(10);
  });
});

describe("one workbook that cannot be read", () => {
  it.each([
    ["truncated.xlsx", "file-damaged"],
    ["csv-renamed.xlsx", "file-not-xlsx"],
    ["empty.xlsx", "file-not-xlsx"],
    ["docx-renamed.xlsx", "file-not-xlsx"],
    ["password-protected.xlsx", "file-encrypted"],
    ["old-binary.xls", "file-xls"],
    ["zip-bomb.xlsx", "file-suspicious"],
    ["zip-bomb-lying.xlsx", "file-damaged"],
  ])("as a block (%s) is one error naming it, and the other workbooks are still read", async (file, code) => {
    const dir = await temp.copyOf(messy("valid"), { "bostader.xlsx": messy("files", file) });
    const { programme, problems } = await validateFolder(dir);
    expect(bySeverity(problems, "error")).toEqual(expected("error", [[code, "bostader.xlsx"]]));
    expect(programme.workbooks.map((w) => [w.name, w.readable])).toEqual([
      ["central.xlsx", true],
      ["bostader.xlsx", false],
      ["energi.xlsx", true],
    ]);
    expect(programme.activities.map((a) => a.id)).toEqual(["EN-1", "EN-2"]);
    expect(programme.blocks.map((b) => b.id)).toEqual(["bostader", "energi", "offentlig-sektor"]);
  });

  it("as the central workbook is an error naming it, and the block files lying there are pointed out", async () => {
    const dir = await temp.copyOf(messy("valid"), { "central.xlsx": messy("files", "truncated.xlsx") });
    const { programme, problems } = await validateFolder(dir);
    expect(located(problems)).toEqual([
      ...expected("error", [["file-damaged", "central.xlsx"]]),
      ...expected("warning", [
        ["workbook-unreferenced", "bostader.xlsx"],
        ["workbook-unreferenced", "energi.xlsx"],
      ]),
    ]);
    expect(programme.workbooks).toEqual([expect.objectContaining({ name: "central.xlsx", readable: false })]);
  });
});

describe("a block workbook from another program", () => {
  it("reads a Google Sheets download with shared formulas and link formulas, and reports its error value, uncalculated formula and empty result", async () => {
    const dir = await temp.copyOf(messy("valid"), { "bostader.xlsx": messy("files", "google-sheets-export.xlsx") });
    const { programme, problems } = await validateFolder(dir);
    expect(located(problems.filter((p) => p.workbook === "bostader.xlsx"))).toEqual(
      expected("error", [
        ["cell-error", "bostader.xlsx", "Aktiviteter", 4, "E", "Titel", "#N/A"],
        ["text-is-boolean", "bostader.xlsx", "Mätningar", 5, "D", "Kommentar", "SANT"],
        ["formula-uncalculated", "bostader.xlsx", "Mätningar", 6, "C", "Värde", "=C5+10"],
        ["value-required", "bostader.xlsx", "Mätningar", 7, "C", "Värde"],
      ]),
    );
    expect(programme.activities.filter((a) => a.owner === "bostader").map((a) => [a.id, a.date, a.title, a.goals, a.sources])).toEqual([
      ["G-1", "2024-09-18", "Möte exporterat från Google Kalkylark", ["M1"], ["scb-statistik"]],
      ["G-2", "2024-09-19", "Dialog om elnät", ["E1"], undefined],
    ]);
    expect(programme.sources).toContainEqual({
      id: "scb-statistik",
      text: "SCB, statistikdatabasen",
      link: "https://www.scb.se/hitta-statistik/",
    });
    expect(programme.measurements.filter((m) => m.owner === "bostader").map((m) => [m.date, m.value, m.comment])).toEqual([
      ["2024-06-30", 100, "Preliminärt värde"],
      ["2024-07-31", 110, undefined],
      ["2024-08-31", 120, undefined],
    ]);
  });

  it("reads a workbook with macros and warns that they are ignored", async () => {
    const dir = await temp.copyOf(messy("valid"), { "bostader.xlsx": messy("files", "macros.xlsm") });
    const { programme, problems } = await validateFolder(dir);
    expect(located(problems.filter((p) => p.workbook === "bostader.xlsx"))).toEqual(
      expected("warning", [["macros-ignored", "bostader.xlsx"]]),
    );
    expect(programme.activities.filter((a) => a.owner === "bostader").map((a) => a.id)).toEqual(["M-1"]);
  });

  it("survives sheet-wide ranges, pointing at the far corner where a stray value lies", async () => {
    const dir = await temp.copyOf(messy("valid"), { "bostader.xlsx": messy("files", "hostile-ranges.xlsx") });
    const { programme, problems } = await validateFolder(dir);
    const here = located(problems.filter((p) => p.workbook === "bostader.xlsx"));
    expect(here.filter((p) => p.severity === "warning")).toEqual(
      expected("warning", [
        ["cells-merged", "bostader.xlsx", "Aktiviteter", 3, "A", "Id", "A3:XFD1048575"],
        ["column-unnamed", "bostader.xlsx", "Aktiviteter", 1048576, "XFD", undefined, "längst ned till höger"],
      ]),
    );
    expect(new Set(here.filter((p) => p.severity === "error").map((p) => `${p.code} ${p.row}`))).toEqual(
      new Set(["value-required 1048576"]),
    );
    expect(programme.activities.filter((a) => a.owner === "bostader").map((a) => a.id)).toEqual(["H-1"]);
  });
});

describe("file names in the folder", () => {
  it("finds a block workbook whose name differs only in case, as Windows and macOS would", async () => {
    const dir = await temp.copyOf(messy("valid"));
    await rename(join(dir, "bostader.xlsx"), join(dir, "Bostader.XLSX"));
    const { programme, problems } = await validateFolder(dir);
    expect(bySeverity(problems, "error")).toEqual([]);
    expect(programme.workbooks.map((w) => [w.name, w.readable])).toEqual([
      ["central.xlsx", true],
      ["Bostader.XLSX", true],
      ["energi.xlsx", true],
    ]);
    expect(programme.activities.filter((a) => a.owner === "bostader")).toHaveLength(4);
  });
});
