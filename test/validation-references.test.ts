import { describe, expect, it } from "vitest";
import {
  blockSheets,
  centralSheets,
  located,
  memorySource,
  validateSource,
  type Located,
  type SheetsByHeader,
} from "./helpers/workbooks.ts";

// Checks across rows and workbooks. Each case starts from a small valid source (written with
// lägesbild's own writer and read back in memory: the messy-file cases are in validation.test.ts)
// and changes one thing.

interface Change {
  readonly central?: SheetsByHeader;
  readonly smf?: SheetsByHeader;
  readonly bostader?: SheetsByHeader;
}

async function validateChanged(change: Change) {
  return validateSource(
    await memorySource({
      central: centralSheets(change.central),
      blocks: {
        "smf.xlsx": blockSheets("SMF-1", "2024-06-30", change.smf),
        "bostader.xlsx": blockSheets("BO-1", "2024-07-31", change.bostader),
      },
    }),
  );
}

const activity = (fields: Record<string, unknown>) => ({
  Id: "SMF-1",
  Datum: "2024-03-05",
  Typ: "möte",
  Verktyg: "Nätverk",
  Titel: "Ett möte",
  Status: "planerad",
  ...fields,
});
const blocks = (smf: Record<string, unknown>, bostader: Record<string, unknown> = {}) => ({
  Byggstenar: [
    {
      Id: "smf",
      Namn: "Små och medelstora företag",
      Typ: "byggsten",
      "E-post": "sara@example.se",
      Status: "aktiv",
      Ordning: 1,
      Arbetsbok: "smf.xlsx",
      ...smf,
    },
    {
      Id: "bostader",
      Namn: "Bostäder",
      Typ: "byggsten",
      "E-post": "anna@example.se",
      Status: "aktiv",
      Ordning: 2,
      Arbetsbok: "bostader.xlsx",
      ...bostader,
    },
  ],
});

type Case = [string, Change, Located[]];
const error = (workbook: string, sheet: string, row: number, column: string, header: string, code: string, value?: string): Located => ({
  code,
  severity: "error",
  workbook,
  sheet,
  row,
  column,
  header,
  ...(value !== undefined ? { value } : {}),
});

describe("checks across rows and workbooks", () => {
  it("finds nothing wrong in the starting point", async () => {
    const { problems, programme } = await validateChanged({});
    expect(located(problems)).toEqual([]);
    expect(programme.activities.map((a) => [a.id, a.owner])).toEqual([
      ["SMF-1", "smf"],
      ["BO-1", "bostader"],
    ]);
  });

  it.each<Case>([
    [
      "an activity's unknown goal or effect",
      { smf: { Aktiviteter: [activity({ "Mål och effekter": "M1; M7" })] } },
      [error("smf.xlsx", "Aktiviteter", 2, "I", "Mål och effekter", "ref-unknown", "M7")],
    ],
    [
      "a measurement of an unknown indicator",
      { smf: { Mätningar: [{ Indikator: "I7", Datum: "2024-06-30", Värde: 1 }] } },
      [error("smf.xlsx", "Mätningar", 2, "A", "Indikator", "ref-unknown", "I7")],
    ],
    [
      "an activity citing an unknown source",
      { smf: { Aktiviteter: [activity({ Källor: "k1; k9" })] } },
      [error("smf.xlsx", "Aktiviteter", 2, "M", "Källor", "ref-unknown", "k9")],
    ],
    [
      "a footnote to an unknown source",
      { bostader: { Texter: [{ Rapport: 1, Ordning: 1, Text: "Se[^k9]." }] } },
      [error("bostader.xlsx", "Texter", 2, "C", "Text", "footnote-unknown", "k9")],
    ],
    [
      "an indicator of an unknown goal",
      {
        central: {
          Indikatorer: [{ Id: "I1", Namn: "Antal", Mål: "M7", Enhet: "antal", Riktning: "öka", Målvärde: 1, Måldatum: "2026-12-31" }],
        },
      },
      [error("central.xlsx", "Indikatorer", 2, "C", "Mål", "ref-unknown", "M7")],
    ],
    [
      "a recommendation for an unknown report and block",
      {
        central: {
          Rekommendationer: [{ Id: "R1", Rapport: 2, Mottagare: "regeringen", Titel: "Gör så", Motivering: "Därför.", Byggsten: "okand" }],
        },
      },
      [
        error("central.xlsx", "Rekommendationer", 2, "B", "Rapport", "ref-unknown", "2"),
        error("central.xlsx", "Rekommendationer", 2, "F", "Byggsten", "ref-unknown", "okand"),
      ],
    ],
    [
      "an activity id used in two workbooks",
      { bostader: { Aktiviteter: [activity({})] } },
      [error("bostader.xlsx", "Aktiviteter", 2, "A", "Id", "id-duplicate", "SMF-1")],
    ],
    [
      "a source id used in the central and a block workbook",
      { bostader: { Källor: [{ Id: "k1", Text: "Samma id" }] } },
      [error("bostader.xlsx", "Källor", 2, "A", "Id", "id-duplicate", "k1")],
    ],
    [
      "a goal id used twice",
      {
        central: {
          Mål: [
            { Id: "M1", Typ: "övergripande mål", Text: "Målet" },
            { Id: "E1", Typ: "önskad effekt", Text: "Effekten" },
            { Id: "E1", Typ: "önskad effekt", Text: "Igen" },
          ],
        },
      },
      [error("central.xlsx", "Mål", 4, "A", "Id", "id-duplicate", "E1")],
    ],
    [
      "an activity that ends before it starts",
      { smf: { Aktiviteter: [activity({ Slutdatum: "2024-03-01" })] } },
      [error("smf.xlsx", "Aktiviteter", 2, "C", "Slutdatum", "date-order", "2024-03-01")],
    ],
    [
      "a network left before it was joined",
      { smf: { Nätverk: [{ Namn: "Forum", Från: "2024-05-01", Till: "2024-04-30" }] } },
      [error("smf.xlsx", "Nätverk", 2, "E", "Till", "date-order", "2024-04-30")],
    ],
    [
      "an activity before the assignment began",
      { smf: { Aktiviteter: [activity({ Datum: "2023-05-31" })] } },
      [error("smf.xlsx", "Aktiviteter", 2, "B", "Datum", "date-outside-assignment", "2023-05-31")],
    ],
    [
      "a deliverable due after the assignment ends",
      { smf: { Leveranser: [{ Id: "L-1", Titel: "Underlag", Förfallodatum: "2027-01-01", Status: "pågående" }] } },
      [error("smf.xlsx", "Leveranser", 2, "C", "Förfallodatum", "date-outside-assignment", "2027-01-01")],
    ],
    [
      "a target date before the baseline date",
      {
        central: {
          Indikatorer: [
            {
              Id: "I1",
              Namn: "Antal",
              Mål: "E1",
              Enhet: "antal",
              Riktning: "öka",
              Basvärde: 1,
              Basdatum: "2025-01-01",
              Målvärde: 2,
              Måldatum: "2024-12-31",
            },
          ],
        },
      },
      [error("central.xlsx", "Indikatorer", 2, "I", "Måldatum", "target-before-baseline", "2024-12-31")],
    ],
    [
      "an indicator measured twice on one date, in two workbooks",
      { bostader: { Mätningar: [{ Indikator: "I1", Datum: "2024-06-30", Värde: 11 }] } },
      [error("bostader.xlsx", "Mätningar", 2, "B", "Datum", "measurement-duplicate", "2024-06-30")],
    ],
    [
      "an active block without an owner e-mail",
      { central: blocks({ "E-post": undefined }) },
      [error("central.xlsx", "Byggstenar", 2, "E", "E-post", "owner-email-missing", "Små och medelstora företag")],
    ],
  ])("reports %s where it stands, and nothing else", async (_, change, expected) => {
    const { problems } = await validateChanged(change);
    expect(located(problems)).toEqual(expected);
  });

  it("reports an active block without a workbook, and the file nobody names as a warning", async () => {
    const { problems, programme } = await validateChanged({ central: blocks({}, { Arbetsbok: undefined }) });
    expect(located(problems)).toEqual([
      error("central.xlsx", "Byggstenar", 3, "I", "Arbetsbok", "workbook-not-listed", "Bostäder"),
      { code: "workbook-unreferenced", severity: "warning", workbook: "bostader.xlsx" },
    ]);
    expect(programme.activities.map((a) => a.id)).toEqual(["SMF-1"]);
  });

  it("reports two blocks naming one workbook once, at the second, instead of every row as its own duplicate", async () => {
    const { problems, programme } = await validateChanged({ central: blocks({}, { Arbetsbok: "SMF.xlsx" }) });
    expect(located(problems)).toEqual([
      error("central.xlsx", "Byggstenar", 3, "I", "Arbetsbok", "workbook-shared", "SMF.xlsx"),
      { code: "workbook-unreferenced", severity: "warning", workbook: "bostader.xlsx" },
    ]);
    expect(problems[0]?.message).toBe(
      "Arbetsboken ”SMF.xlsx” är redan angiven för byggstenen ”Små och medelstora företag”. Varje byggsten ska ha en egen arbetsbok.",
    );
    expect(programme.activities.map((a) => [a.id, a.owner])).toEqual([["SMF-1", "smf"]]);
  });

  it("leaves a row with an error out of the programme, but keeps a row with only a warning", async () => {
    const { problems, programme } = await validateChanged({
      central: {
        Källor: [
          { Id: "k1", Text: "En källa" },
          { Id: "k2", Text: "Ingen citerar mig" },
        ],
      },
      smf: { Aktiviteter: [activity({ Slutdatum: "2024-03-01" }), activity({ Id: "SMF-2", Status: "genomförd" })] },
    });
    expect(located(problems).filter((p) => p.severity === "warning")).toEqual([
      {
        code: "source-unused",
        severity: "warning",
        workbook: "central.xlsx",
        sheet: "Källor",
        row: 3,
        column: "A",
        header: "Id",
        value: "k2",
      },
      { code: "result-missing", severity: "warning", workbook: "smf.xlsx", sheet: "Aktiviteter", row: 3, column: "K", header: "Resultat" },
    ]);
    expect(programme.sources.map((s) => s.id)).toEqual(["k1", "k2"]);
    expect(programme.activities.map((a) => a.id)).toEqual(["SMF-2", "BO-1"]);
  });
});
