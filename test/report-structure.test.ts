/**
 * The structure a screen reader, LibreOffice's navigator and the PDF export
 * need lives in the styles (Word's own way), and a draft cannot pass for the
 * decided report.
 */
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import type { Programme } from "../src/domain/model.ts";
import { renderReport } from "../src/report/render-report.ts";
import { problem } from "../src/validation/problem.ts";
import { docxParts, paragraphsOf } from "./helpers/docx-text.ts";
import { fixtureOutline, fixtureProgramme, fixtureStatus } from "./helpers/report-fixture.ts";

const unknownFootnote = problem(
  "footnote-unknown",
  { workbook: "bostader.xlsx", sheet: "Texter", row: 3, column: "C", header: "Text" },
  { value: "okänd" },
);

async function partsOf(programme: Programme, problems = [] as ReturnType<typeof problem>[], content?: unknown[]) {
  const rendered = renderReport({
    programme,
    status: fixtureStatus(programme),
    outline: fixtureOutline(content),
    reportNumber: 1,
    problems,
  });
  if (!rendered.document) throw new Error("no document");
  return { rendered, parts: await docxParts(await Packer.toBuffer(rendered.document)) };
}

function styleXml(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
}

describe("headings numbered and outlined by their styles", async () => {
  const { parts } = await partsOf(
    fixtureProgramme(),
    [],
    [
      { heading: "Sammanfattning", numbered: false, content: [{ paragraph: "Kort." }] },
      { heading: "Uppdraget", content: [{ heading: "Bakgrund", content: [{ heading: "Detaljer", content: [{ paragraph: "Text." }] }] }] },
    ],
  );
  const styles = parts.get("word/styles.xml") ?? "";
  const numbering = parts.get("word/numbering.xml") ?? "";
  const body = paragraphsOf(parts.get("word/document.xml") ?? "");

  it.each([
    ["Heading1", 0],
    ["Heading2", 1],
    ["Heading3", 2],
  ])("%s carries outline level %i and the heading list at that level", (id, level) => {
    const style = styleXml(styles, id);
    expect(style).toContain(`<w:outlineLvl w:val="${level}"/>`);
    expect(style).toMatch(new RegExp(`<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="\\d+"/></w:numPr>`));
  });

  it("links each level of the heading list back to its heading style, 1 / 1.1 / 1.1.1", () => {
    const numId = /<w:numId w:val="(\d+)"/.exec(styleXml(styles, "Heading1"))?.[1];
    const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1];
    const abstract =
      new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[^>]*>[\\s\\S]*?</w:abstractNum>`).exec(numbering)?.[0] ?? "";
    expect(abstract).toMatch(/<w:lvl w:ilvl="0"[\s\S]*?<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:lvlText w:val="%1"\/>/);
    expect(abstract).toMatch(/<w:lvl w:ilvl="1"[\s\S]*?<w:pStyle w:val="Heading2"\/>[\s\S]*?<w:lvlText w:val="%1\.%2"\/>/);
    expect(abstract).toMatch(/<w:lvl w:ilvl="2"[\s\S]*?<w:pStyle w:val="Heading3"\/>[\s\S]*?<w:lvlText w:val="%1\.%2\.%3"\/>/);
  });

  it("gives a numbered heading no numbering of its own (the style numbers it) and takes an unnumbered one out of the list", () => {
    const heading = (text: string) => body.find((p) => p.style?.startsWith("Heading") && p.text === text);
    for (const text of ["Uppdraget", "Bakgrund", "Detaljer"]) expect(heading(text)?.xml, text).not.toContain("<w:numPr>");
    expect(heading("Sammanfattning")?.list).toEqual({ numId: "0", level: 0 });
  });

  it("carries the bullet in the List Bullet style, not on each paragraph", () => {
    expect(styleXml(styles, "ListBullet")).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
  });
});

describe("captions and properties", async () => {
  const { parts } = await partsOf(
    fixtureProgramme(),
    [],
    [{ heading: "Uppföljning", content: [{ blocks: "table" }, { indicators: "goals" }, { activities: "byTool" }] }],
  );
  const document = parts.get("word/document.xml") ?? "";
  const captions = paragraphsOf(document).filter((p) => p.style === "Caption");

  it("numbers tables with Word's SEQ field, its result already counted", () => {
    expect(captions.map((c) => c.xml.match(/SEQ ([^\s<]+)/)?.[1])).toEqual(["Tabell", "Tabell", "Tabell"]);
    expect(captions.map((c) => c.text)).toEqual([
      "Tabell 1. Byggstenar och tvärgående områden",
      "Tabell 2. Mål och önskade effekter: läge och aktiviteter under perioden",
      "Tabell 3. Aktiviteter under perioden per verktyg",
    ]);
  });

  it("says who last changed the document: the agency", () => {
    expect(parts.get("docProps/core.xml")).toContain("<cp:lastModifiedBy>Tillväxtverket</cp:lastModifiedBy>");
  });
});

describe("a draft cannot pass for the decided report", async () => {
  const draft = await partsOf(fixtureProgramme(), [unknownFootnote]);
  const decided = await partsOf(fixtureProgramme());
  const headers = (parts: Map<string, string>) => [...parts].filter(([n]) => /^word\/header\d+\.xml$/.test(n)).map(([, xml]) => xml);
  const titlePageLines = (parts: Map<string, string>) => {
    const body = paragraphsOf(parts.get("word/document.xml") ?? "");
    return body
      .slice(
        0,
        body.findIndex((p) => p.style === "TOCHeading"),
      )
      .map((p) => p.text);
  };

  it("writes UTKAST first in every header, the title page's too, in its own red bold style", () => {
    expect(draft.rendered.draft).toBe(true);
    const all = headers(draft.parts);
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const xml of all) {
      expect(
        paragraphsOf(xml)
          .map((p) => p.text)
          .join(" "),
      ).toContain("UTKAST");
      expect(xml).toMatch(/<w:rStyle w:val="DraftHeader"\/><\/w:rPr><w:t[^>]*>UTKAST<\/w:t>/);
    }
  });

  it("says on the title page that it is not decided and not signed, and leaves out the decision sentence", () => {
    const lines = titlePageLines(draft.parts);
    expect(lines).toContain("UTKAST – delrapporten är inte beslutad. Beslutet fattas av avdelningschef Kim Beslut.");
    expect(lines).toContain("Ej undertecknad: detta är ett utkast.");
    expect(lines.filter((l) => l.endsWith("(ej undertecknat)"))).toHaveLength(2);
    expect(lines.join("\n")).not.toContain("Beslutet har fattats av");
  });

  it("a decided report has the decision and signatures, and no UTKAST anywhere", () => {
    const lines = titlePageLines(decided.parts);
    expect(lines.join("\n")).toContain("Beslutet har fattats av");
    expect(lines.join("\n")).not.toContain("ej undertecknat");
    for (const xml of headers(decided.parts)) expect(xml).not.toContain("UTKAST");
  });
});
