/** A small programme and outline to render reports from in tests: two reports, three blocks, a source and a recommendation. */
import type { Programme } from "../../src/domain/model.ts";
import { computeStatus } from "../../src/indicators/compute-status.ts";
import type { StatusPicture } from "../../src/indicators/types.ts";
import { outlineSchema, type Outline } from "../../src/report/outline/outline.ts";
import { emptyProgramme } from "./programme.ts";

export function fixtureProgramme(overrides: Partial<Programme> = {}): Programme {
  return emptyProgramme({
    assignment: {
      name: "Omställningen i norr",
      heading: "Uppdrag att samordna omställningen",
      dnr: "2023-1",
      governmentRefs: ["KN2023/1", "KN2023/2", "KN2023/3"],
      start: "2023-06-01",
      end: "2026-12-31",
      agency: "Tillväxtverket",
    },
    reports: [1, 2].map((number) => ({
      number,
      title: `Delrapport ${number}`,
      date: number === 1 ? "2024-09-18" : "2025-09-18",
      periodStart: number === 1 ? "2023-06-01" : "2024-09-19",
      periodEnd: number === 1 ? "2024-09-18" : "2025-09-18",
      decisionMaker: "Kim Beslut",
      decisionMakerTitle: "avdelningschef",
      caseOfficers: ["Ada Ek", "Bo Gran"],
      rapporteur: "Cy Tall",
      rapporteurTitle: "samordnare",
      place: "Luleå",
      ...(number === 1 ? { signedOn: "2024-09-27" } : {}),
      status: number === 1 ? ("beslutad" as const) : ("utkast" as const),
    })),
    goals: [
      { id: "M0", kind: "övergripande mål", text: "Norr är rustad år 2026", order: 1 },
      { id: "M1", kind: "delmål", text: "Aktörerna samverkar.", order: 1 },
    ],
    blocks: [
      { id: "bostader", name: "Bostäder", kind: "byggsten", status: "aktiv", order: 1, workbook: "bostader.xlsx" },
      { id: "energi", name: "Energi", kind: "byggsten", status: "startar senare", order: 2 },
      { id: "finansiering", name: "Finansiering", kind: "tvärgående område", status: "aktiv", order: 3, workbook: "finansiering.xlsx" },
    ],
    recommendations: [
      { id: "R1", report: "1", recipient: "regeringen", title: "Gör något bra.", motivation: "Därför att det behövs.[^pm]", order: 1 },
    ],
    sources: [{ id: "pm", text: "PM om saken", link: "https://example.se/pm" }],
    texts: [
      { report: "1", section: "inledning", order: 1, text: "Arbetet har börjat.[^startar-senare]" },
      { report: "2", section: "inledning", order: 1, text: "Arbetet fortsätter." },
    ],
    blockTexts: [
      { block: "bostader", report: "1", order: 1, text: "Bostäder byggs." },
      { block: "finansiering", report: "1", order: 1, text: "Pengar finns." },
      { block: "finansiering", report: "2", order: 1, text: "Mer pengar finns." },
    ],
    ...overrides,
  });
}

/** A short outline with the same kinds of node as templates/delrapport.yaml. */
export function fixtureOutline(content?: unknown[]): Outline {
  return outlineSchema.parse({
    properties: { title: "{uppdragets namn} – {rapportens titel}", subject: "{uppdragets rubrik}", author: "{myndighet}" },
    header: "{myndighet} · {rapportens titel} · Diarienummer {diarienummer}",
    footer: "Sida {sida} av {antal sidor}",
    draft: { header: "UTKAST", appendixHeading: "Bilaga: Problem i underlaget", appendixIntro: "Detta är ett utkast." },
    generatedFootnotes: {
      "startar-senare": {
        one: "Byggstenen {byggstenar som startar senare} startas upp under kommande rapporteringsperiod",
        many: "Byggstenarna {byggstenar som startar senare} startas upp under kommande rapporteringsperiod",
      },
    },
    content: content ?? [
      {
        titlePage: {
          title: "{uppdragets namn}",
          subtitle: "{rapportens titel}",
          date: "{rapportens datum}",
          dnr: "Diarienummer: {diarienummer}",
          assignment: "{uppdragets rubrik} ({regeringsbeslut})",
          decision: "Beslutet har fattats av {beslutsfattarens titel} {beslutsfattare}.",
          caseOfficers: "Handläggningen har gjorts av {handläggare}, samt {föredragandens titel} {föredragande}.",
          signing: "{ort} {undertecknad}",
          signatories: ["{beslutsfattare}", "{föredragande}"],
        },
      },
      { toc: "Innehåll" },
      {
        heading: "Uppdraget",
        pageBreakBefore: true,
        content: [
          { paragraph: "Detta är den {rapportens ordningstal} delrapporten, för perioden {periodens start} till {periodens slut}." },
          { text: "inledning" },
          { list: "byggstenar" },
        ],
      },
      {
        heading: "{myndighetens} rekommendationer",
        content: [
          {
            recommendations: {
              style: "full",
              groupHeading: { one: "Rekommendation till {mottagare}", many: "Rekommendationer till {mottagare}" },
            },
          },
        ],
      },
      {
        heading: "Genomförande",
        content: [
          { heading: "Byggstenar", content: [{ blockSections: "byggsten" }] },
          { heading: "Tvärgående områden", content: [{ blockSections: "tvärgående område" }] },
        ],
      },
    ],
  });
}

export function fixtureStatus(programme: Programme, reportNumber = 1): StatusPicture {
  const report = programme.reports.find((r) => r.number === reportNumber);
  return computeStatus(programme, { asOf: report?.date ?? "2024-09-18", reportNumber });
}
