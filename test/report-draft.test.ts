import { Packer, type Document } from "docx";
import { describe, expect, it } from "vitest";
import type { Programme } from "../src/domain/model.ts";
import { renderReport, type ReportInput } from "../src/report/render-report.ts";
import { ReportNotFoundError } from "../src/shared/errors.ts";
import { problem } from "../src/validation/problem.ts";
import { docxParts, paragraphsOf } from "./helpers/docx-text.ts";
import { documentLines } from "./helpers/fidelity.ts";
import { fixtureOutline, fixtureProgramme, fixtureStatus } from "./helpers/report-fixture.ts";

function input(programme: Programme, overrides: Partial<ReportInput> = {}): ReportInput {
  const reportNumber = overrides.reportNumber ?? 1;
  return { programme, status: fixtureStatus(programme, reportNumber), outline: fixtureOutline(), reportNumber, problems: [], ...overrides };
}

async function read(document: Document | undefined) {
  if (!document) throw new Error("no document");
  const docx = await Packer.toBuffer(document);
  const parts = await docxParts(docx);
  const { lines, footnotes } = await documentLines(docx);
  const headers = [...parts]
    .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
    .flatMap(([, xml]) => paragraphsOf(xml).map((p) => p.text))
    .join("\n");
  return { lines, footnotes, headers, parts };
}

const unknownFootnote = problem(
  "footnote-unknown",
  { workbook: "bostader.xlsx", sheet: "Texter", row: 3, column: "C", header: "Text" },
  { value: "okänd" },
);

describe("a report the workbooks give everything for", () => {
  it("is not a draft: no marks, no appendix, no UTKAST", async () => {
    const rendered = renderReport(input(fixtureProgramme()));
    expect(rendered.draft).toBe(false);
    expect(rendered.missing).toEqual([]);
    const { lines, headers } = await read(rendered.document);
    expect(lines.join("\n")).not.toMatch(/\[[^\]]*saknas/i);
    expect(lines).not.toContain("Bilaga: Problem i underlaget");
    expect(headers).not.toContain("UTKAST");
    expect(headers).toContain("Tillväxtverket · Delrapport 1 · Diarienummer 2023-1");
  });

  it("numbers the footnotes in order of reference, the generated one in its one-block wording", async () => {
    const { footnotes } = await read(renderReport(input(fixtureProgramme())).document);
    expect(footnotes).toEqual(["Byggstenen Energi startas upp under kommande rapporteringsperiod", "PM om saken"]);
  });

  it("leaves the generated footnote out when no block starts later", async () => {
    const programme = fixtureProgramme();
    const blocks = programme.blocks.map((b) => ({ ...b, status: "aktiv" as const }));
    const { footnotes } = await read(renderReport(input({ ...programme, blocks })).document);
    expect(footnotes).toEqual(["PM om saken"]);
  });

  it("is the same document each time: a pure function of its input", async () => {
    const first = renderReport(input(fixtureProgramme()));
    const second = renderReport(input(fixtureProgramme()));
    expect(second.outline).toEqual(first.outline);
    expect((await read(second.document)).lines).toEqual((await read(first.document)).lines);
  });
});

describe("a draft", () => {
  it("marks what report 2 lacks where it belongs and lists it in the appendix", async () => {
    const programme = fixtureProgramme();
    const rendered = renderReport(input(programme, { reportNumber: 2 }));
    expect(rendered.draft).toBe(true);
    expect(rendered.missing).toEqual([
      { where: "2 Tillväxtverkets rekommendationer", message: "Rekommendationer saknas för delrapport 2" },
      { where: "3.1.1 Bostäder", message: "Text saknas: Bostäder, delrapport 2" },
    ]);
    const { lines, headers } = await read(rendered.document);
    const at = lines.indexOf("3.1.1 Bostäder");
    expect(lines[at + 1]).toBe("[Text saknas: Bostäder, delrapport 2]");
    expect(lines[lines.indexOf("2 Tillväxtverkets rekommendationer") + 1]).toBe("[Rekommendationer saknas för delrapport 2]");
    expect(headers).toContain("UTKAST · Tillväxtverket");
    const appendix = lines.indexOf("Bilaga: Problem i underlaget");
    expect(appendix).toBeGreaterThan(at);
    expect(lines.slice(appendix)).toEqual(
      expect.arrayContaining(["rapporten", "3.1.1 Bostäder", "saknas i rapporten", "Text saknas: Bostäder, delrapport 2"]),
    );
  });

  it("lists every validation problem with workbook and place, errors before warnings", async () => {
    const warning = problem("result-missing", { workbook: "energi.xlsx", sheet: "Aktiviteter", row: 4, column: "K", header: "Resultat" });
    const rendered = renderReport(input(fixtureProgramme(), { problems: [warning, unknownFootnote] }));
    expect(rendered.draft).toBe(true);
    const { lines } = await read(rendered.document);
    const appendix = lines.slice(lines.indexOf("Bilaga: Problem i underlaget"));
    const error = appendix.indexOf("Texter, rad 3, kolumn C (Text)");
    expect(appendix[error - 1]).toBe("bostader.xlsx");
    expect(appendix[error + 2]).toBe(unknownFootnote.message);
    expect(appendix.indexOf("Aktiviteter, rad 4, kolumn K (Resultat)")).toBeGreaterThan(error);
  });

  it("marks a footnote whose source is missing in the footnote itself", async () => {
    const programme = fixtureProgramme({ sources: [] });
    const rendered = renderReport(input(programme));
    expect(rendered.missing.map((m) => m.message)).toEqual(["Källa saknas för fotnoten [^pm]"]);
    expect((await read(rendered.document)).footnotes).toContain("[Källa saknas för fotnoten [^pm]]");
  });

  it("marks what the title page and the header lack when the sheet Uppdrag is empty", async () => {
    const { assignment: _, ...programme } = fixtureProgramme();
    const rendered = renderReport(input(programme));
    expect(rendered.draft).toBe(true);
    expect(rendered.missing).toEqual(
      expect.arrayContaining([
        { where: "Försättssida", message: "Uppgift saknas: uppdragets namn" },
        { where: "Sidhuvud, sidfot och dokumentegenskaper", message: "Uppgift saknas: myndighet" },
      ]),
    );
    const { lines, headers } = await read(rendered.document);
    expect(lines[0]).toBe("[Uppgift saknas: uppdragets namn]");
    expect(headers).toContain("UTKAST · [Uppgift saknas: myndighet] · Delrapport 1");
  });

  it("marks a placeholder the outline misspells", async () => {
    const outline = fixtureOutline([{ heading: "Kapitel", content: [{ paragraph: "Av {myndigheten}." }] }]);
    const rendered = renderReport(input(fixtureProgramme(), { outline }));
    expect((await read(rendered.document)).lines).toContain("Av [Okänd platshållare i rapportmallen: {myndigheten}].");
    expect(rendered.missing).toEqual([{ where: "1 Kapitel", message: "Okänd platshållare i rapportmallen: {myndigheten}" }]);
  });
});

describe("with strict", () => {
  it.each([
    ["validation errors", { problems: [unknownFootnote] }],
    ["missing text", { reportNumber: 2 }],
  ])("refuses a draft (%s): no document, but the reasons", (_, overrides) => {
    const rendered = renderReport(input(fixtureProgramme(), { ...overrides, strict: true }));
    expect(rendered.document).toBeUndefined();
    expect(rendered.draft).toBe(true);
  });

  it("writes a report with nothing wrong", () => {
    expect(renderReport(input(fixtureProgramme(), { strict: true })).document).toBeDefined();
  });
});

describe("the outline decides", () => {
  it("what comes in which order, under which heading", () => {
    const outline = fixtureOutline([
      { heading: "Först områdena", content: [{ blockSections: "tvärgående område" }] },
      { heading: "Sedan {myndighetens} byggstenar", numbered: false, content: [{ blockSections: "byggsten" }] },
    ]);
    const rendered = renderReport(input(fixtureProgramme(), { outline }));
    expect(rendered.outline).toEqual([
      { level: 1, number: "1", text: "Först områdena" },
      { level: 2, number: "1.1", text: "Finansiering" },
      { level: 1, text: "Sedan Tillväxtverkets byggstenar" },
      { level: 2, text: "Bostäder" },
    ]);
  });

  it("puts blocks that share a heading in one section, in block order", async () => {
    const programme = fixtureProgramme();
    const blocks = programme.blocks.map((b) =>
      b.kind === "tvärgående område"
        ? { ...b, kind: "byggsten" as const, heading: "Bostäder och pengar" }
        : b.id === "bostader"
          ? { ...b, heading: "Bostäder och pengar" }
          : b,
    );
    const outline = fixtureOutline([{ heading: "Byggstenar", content: [{ blockSections: "byggsten" }] }]);
    const rendered = renderReport(input({ ...programme, blocks }, { outline }));
    expect(rendered.outline.map((h) => h.text)).toEqual(["Byggstenar", "Bostäder och pengar"]);
    const { lines } = await read(rendered.document);
    expect(lines.slice(lines.indexOf("1.1 Bostäder och pengar") + 1, lines.indexOf("1.1 Bostäder och pengar") + 3)).toEqual([
      "Bostäder byggs.",
      "Pengar finns.",
    ]);
  });

  it("refuses a report number the sheet Rapporter does not have, in the words every command and function uses", () => {
    const render = () => renderReport(input(fixtureProgramme(), { reportNumber: 7, status: fixtureStatus(fixtureProgramme()) }));
    expect(render).toThrow(ReportNotFoundError);
    expect(render).toThrow("Delrapport 7 finns inte på bladet Rapporter.");
  });
});
