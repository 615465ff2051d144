import { describe, expect, it } from "vitest";
import { blockSheets, centralSheets, memorySource, validateSource, type SheetsByHeader } from "./helpers/workbooks.ts";

// Each keyed sheet and each date rule, one row at a time: which column the problem points at, and where the boundary is.

async function problemsOf(central: SheetsByHeader, smf: SheetsByHeader = {}) {
  const source = await memorySource({
    central: centralSheets(central),
    blocks: { "smf.xlsx": blockSheets("SMF-1", "2024-06-30", smf), "bostader.xlsx": blockSheets("BO-1", "2024-07-31") },
  });
  return (await validateSource(source)).problems.filter((p) => p.severity === "error");
}

const report = (n: number, fields: Record<string, unknown> = {}) => ({
  Nummer: n,
  Titel: `Delrapport ${n}`,
  Datum: "2024-09-18",
  Periodstart: "2023-06-01",
  Periodslut: "2024-09-18",
  Beslutsfattare: "K",
  "Beslutsfattarens titel": "avdelningschef",
  Handläggare: "M",
  Föredragande: "A",
  Ort: "Luleå",
  Status: "utkast",
  ...fields,
});
const indicator = (fields: Record<string, unknown> = {}) => ({
  Id: "I1",
  Namn: "Antal",
  Mål: "E1",
  Enhet: "antal",
  Riktning: "öka",
  Målvärde: 1,
  Måldatum: "2026-12-31",
  ...fields,
});
const activity = (fields: Record<string, unknown>) => ({
  Id: "SMF-1",
  Datum: "2024-03-05",
  Typ: "möte",
  Verktyg: "Nätverk",
  Titel: "Möte",
  Status: "planerad",
  ...fields,
});
const assignment = (fields: Record<string, unknown>) => ({
  Uppdrag: [
    {
      Namn: "U",
      Rubrik: "R",
      Diarienummer: "2023-2658",
      Regeringsbeslut: "KN1",
      Startdatum: "2023-06-01",
      Slutdatum: "2026-12-31",
      Myndighet: "T",
      ...fields,
    },
  ],
});

describe("ids used twice in the central workbook", () => {
  it.each([
    ["report numbers", { Rapporter: [report(1), report(1)] }, "Rapporter", "A", "1"],
    ["indicator ids", { Indikatorer: [indicator(), indicator()] }, "Indikatorer", "A", "I1"],
    [
      "budget years",
      {
        Budget: [
          { År: 2024, Tilldelat: 1, Status: "beslutad" },
          { År: 2024, Tilldelat: 2, Status: "beslutad" },
        ],
      },
      "Budget",
      "A",
      "2024",
    ],
    [
      "tools",
      {
        Verktyg: [
          { Verktyg: "Kunskap", Beskrivning: "a" },
          { Verktyg: "kunskap", Beskrivning: "b" },
        ],
      },
      "Verktyg",
      "A",
      "Kunskap",
    ],
    [
      "recommendation ids",
      { Rekommendationer: [1, 2].map(() => ({ Id: "R1", Rapport: 1, Mottagare: "regeringen", Titel: "T", Motivering: "M" })) },
      "Rekommendationer",
      "A",
      "R1",
    ],
    [
      "recipient addresses, whatever their case",
      {
        Mottagare: ["anna@example.se", "Anna@Example.se"].map((e) => ({
          Namn: "Anna",
          "E-post": e,
          Veckosammanfattning: "ja",
          Rapportutkast: "nej",
        })),
      },
      "Mottagare",
      "B",
      "anna@example.se",
    ],
  ])("%s", async (_, central, sheet, column, value) => {
    expect(await problemsOf(central)).toEqual([expect.objectContaining({ code: "id-duplicate", sheet, row: 3, column, value })]);
  });

  it("block ids", async () => {
    const central = {
      Byggstenar: [
        { Id: "smf", Namn: "SMF", Typ: "byggsten", "E-post": "s@example.se", Status: "aktiv", Ordning: 1, Arbetsbok: "smf.xlsx" },
        { Id: "smf", Namn: "Bostäder", Typ: "byggsten", "E-post": "a@example.se", Status: "aktiv", Ordning: 2, Arbetsbok: "bostader.xlsx" },
      ],
    };
    expect(await problemsOf(central)).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "id-duplicate", sheet: "Byggstenar", row: 3, column: "A", value: "smf" })]),
    );
  });
});

describe("dates in the wrong order", () => {
  it.each([
    ["the assignment ending before it starts", assignment({ Slutdatum: "2023-05-31" }), {}, "Uppdrag", "F", "date-order"],
    [
      "a report period ending before it starts",
      { Rapporter: [report(1, { Periodstart: "2024-01-02", Periodslut: "2024-01-01" })] },
      {},
      "Rapporter",
      "E",
      "period-order",
    ],
    [
      "a target date before the baseline date",
      { Indikatorer: [indicator({ Basvärde: 0, Basdatum: "2025-01-02", Måldatum: "2025-01-01" })] },
      {},
      "Indikatorer",
      "I",
      "target-before-baseline",
    ],
    ["an activity ending before it starts", {}, { Aktiviteter: [activity({ Slutdatum: "2024-03-04" })] }, "Aktiviteter", "C", "date-order"],
    [
      "a network left before it was joined",
      {},
      { Nätverk: [{ Namn: "AGON", Från: "2024-02-02", Till: "2024-02-01" }] },
      "Nätverk",
      "E",
      "date-order",
    ],
  ])("finds %s", async (_, central, smf, sheet, column, code) => {
    expect(await problemsOf(central, smf)).toEqual([expect.objectContaining({ code, sheet, column })]);
  });

  it("accepts an end on the start day", async () => {
    expect(
      await problemsOf(
        { Rapporter: [report(1, { Periodstart: "2024-01-01", Periodslut: "2024-01-01" })] },
        { Aktiviteter: [activity({ Slutdatum: "2024-03-05" })] },
      ),
    ).toEqual([]);
  });

  it("does not judge dates against an assignment whose own dates are in the wrong order", async () => {
    const problems = await problemsOf(assignment({ Startdatum: "2026-12-31", Slutdatum: "2023-06-01" }), {
      Aktiviteter: [activity({ Datum: "2030-01-01" })],
    });
    expect(problems.map((p) => p.code)).toEqual(["date-order"]);
  });
});

describe("dates outside the assignment", () => {
  it.each([
    ["an activity before the start", { Aktiviteter: [activity({ Datum: "2023-05-31" })] }, "Aktiviteter", "B", "2023-05-31"],
    ["an activity ending after the end", { Aktiviteter: [activity({ Slutdatum: "2027-01-01" })] }, "Aktiviteter", "C", "2027-01-01"],
    [
      "a deliverable due after the end",
      { Leveranser: [{ Id: "L1", Titel: "Analys", Förfallodatum: "2027-01-01", Status: "pågående" }] },
      "Leveranser",
      "C",
      "2027-01-01",
    ],
  ])("finds %s", async (_, smf, sheet, column, value) => {
    expect(await problemsOf({}, smf)).toEqual([
      expect.objectContaining({
        code: "date-outside-assignment",
        sheet,
        column,
        value,
        message: `Datumet ${value} ligger utanför uppdragets period (2023-06-01 – 2026-12-31).`,
      }),
    ]);
  });

  it("finds a report period reaching outside, at both ends", async () => {
    const problems = await problemsOf({ Rapporter: [report(1, { Periodstart: "2023-05-01", Periodslut: "2027-01-01" })] });
    expect(problems.map((p) => [p.code, p.column])).toEqual([
      ["date-outside-assignment", "D"],
      ["date-outside-assignment", "E"],
    ]);
  });

  it("accepts the first and the last day", async () => {
    expect(await problemsOf({}, { Aktiviteter: [activity({ Datum: "2023-06-01", Slutdatum: "2026-12-31" })] })).toEqual([]);
  });
});

describe("what reaches the programme", () => {
  it("leaves out rows with errors, keeps rows with warnings, and lists problems central first, then blocks in order", async () => {
    const source = await memorySource({
      central: centralSheets({
        Aktiviteter: [activity({ Id: "SAM-1", Status: "genomförd" }), activity({ Id: "SAM-2", Datum: "2030-01-01" })],
      }),
      blocks: {
        "smf.xlsx": blockSheets("SMF-1", "2024-06-30", { Aktiviteter: [activity({ Id: "SMF-1", Slutdatum: "2024-01-01" })] }),
        "bostader.xlsx": blockSheets("BO-1", "2024-07-31"),
      },
    });
    const { programme, problems } = await validateSource(source);
    expect(programme.activities.map((a) => [a.id, a.owner])).toEqual([
      ["SAM-1", null],
      ["BO-1", "bostader"],
    ]);
    expect(problems.map((p) => [p.workbook, p.code])).toEqual([
      ["central.xlsx", "date-outside-assignment"],
      ["central.xlsx", "result-missing"],
      ["smf.xlsx", "date-order"],
    ]);
  });
});
