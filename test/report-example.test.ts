import { beforeAll, describe, expect, it } from "vitest";
import type { RenderedReport } from "../src/report/render-report.ts";
import { docxParts, footnotesOf, paragraphsOf, type DocxParagraph } from "./helpers/docx-text.ts";
import { renderExampleReport } from "./helpers/example-report.ts";
import { documentLines, measureFidelity, normaliseFootnote, type Fidelity } from "./helpers/fidelity.ts";
import { normaliseSpace, readSeed } from "./helpers/seed.ts";

let rendered: RenderedReport;
let parts: Map<string, string>;
let body: DocxParagraph[];
let fidelity: Fidelity;
let lines: string[];
const seed = readSeed();

beforeAll(async () => {
  const example = await renderExampleReport();
  rendered = example.rendered;
  parts = await docxParts(example.docx);
  body = paragraphsOf(part("word/document.xml"));
  fidelity = await measureFidelity(example.docx, seed);
  lines = (await documentLines(example.docx)).lines;
}, 120_000);

function part(name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`${name} is not in the package`);
  return xml;
}

describe("Delrapport 1 generated from the example workbooks reads as the seed", () => {
  it("has every heading of the seed, in the seed's order", () => {
    expect(fidelity.headingCount).toBe(32);
    expect(fidelity.headingsOutOfOrder).toEqual([]);
  });

  it("has all nine recommendation titles of chapter 2, in bold", () => {
    expect(fidelity.titleCount).toBe(9);
    expect(fidelity.titlesMissing).toEqual([]);
  });

  it("has the seed's 30 footnotes, numbered as in the seed, footnote 2 generated from the blocks that start later", () => {
    expect(fidelity.footnoteCount).toEqual({ seed: 30, docx: 30 });
    expect(fidelity.footnoteDifferences).toEqual([]);
  });

  it("normalises only the two footnotes the example data records differently on purpose", () => {
    const changed = seed.footnotes.flatMap((f, i) => (normaliseFootnote(f) === normaliseSpace(f) ? [] : [i + 1]));
    expect(changed).toEqual([16, 17]);
  });

  it("has the decision and case-officer paragraphs word for word", () => {
    expect(fidelity.decisionMissing).toEqual([]);
  });

  it("says at least 95 % of the seed's sentences verbatim", () => {
    expect(fidelity.sentences.total).toBeGreaterThan(300);
    expect(fidelity.sentences.share).toBeGreaterThanOrEqual(0.95);
  });

  it("counts blocks and areas in Swedish words, from data", () => {
    expect(lines).toContain(
      "Utöver dessa åtta byggstenar har Tillväxtverket identifierat tre områden vilka genomsyrar samtliga byggstenar:",
    );
  });
});

describe("the document's structure", () => {
  it("keeps the outline of headings and levels", () => {
    const outline = rendered.outline.map((h) => `${"  ".repeat(h.level - 1)}${h.number ? `${h.number} ` : ""}${h.text}`).join("\n");
    expect(outline).toMatchSnapshot();
  });

  it("never skips a heading level", () => {
    const levels = body.flatMap((p) => (/^Heading(\d)$/.exec(p.style ?? "") ? [Number(p.style?.slice(7))] : []));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1));
    expect(levels).toHaveLength(rendered.outline.length);
  });

  it("has a real TOC field whose result already lists every heading, with page numbers, not marked for update", () => {
    const xml = part("word/document.xml");
    expect(xml).toContain("TOC \\h \\o &quot;1-3&quot;");
    expect(xml).not.toMatch(/w:fldCharType="begin" w:dirty="true"/);
    expect(part("word/settings.xml")).not.toContain("updateFields");
    const entries = body.filter((p) => /^TOC\d$/.test(p.style ?? ""));
    expect(entries.map((p) => normaliseSpace(p.text.replace(/\t\d+$/, "").replace(/\t/g, " ")))).toEqual(
      rendered.outline.map((h) => (h.number ? `${h.number} ${h.text}` : h.text)),
    );
    entries.forEach((p) => expect(p.text).toMatch(/\t\d+$/));
  });

  it("has real footnotes, referenced in order, with clickable links", () => {
    const ids = [...part("word/document.xml").matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(30);
    const workInSweden = footnotesOf(part("word/footnotes.xml"))[3];
    const rel = /<w:hyperlink [^>]*r:id="([^"]+)"/.exec(workInSweden?.xml ?? "")?.[1];
    expect(part("word/_rels/footnotes.xml.rels")).toMatch(
      new RegExp(`Id="${rel}"[^>]*Target="https://www.tillvaxtverket.se/work-in-sweden" TargetMode="External"`),
    );
  });

  it("gives the blocks that start later no section", () => {
    expect(rendered.outline.map((h) => h.text)).not.toContain("Attraktiva samhällen");
    expect(rendered.outline.map((h) => h.text)).not.toContain("Offentlig sektor");
  });
});

describe("an agency document, accessible", () => {
  it("is A4 with Swedish as the language of all text", () => {
    expect(part("word/document.xml")).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(part("word/styles.xml"))?.[0]).toContain('<w:lang w:val="sv-SE"/>');
  });

  it("uses Word's built-in title, heading, list and TOC styles", () => {
    const styles = part("word/styles.xml");
    for (const [id, name] of [
      ["Title", "Title"],
      ["Heading1", "Heading 1"],
      ["Heading3", "Heading 3"],
      ["ListBullet", "List Bullet"],
      ["TOCHeading", "TOC Heading"],
      ["Caption", "Caption"],
    ]) {
      expect(new RegExp(`w:styleId="${id}"><w:name w:val="${name}"/>`, "i").test(styles), id).toBe(true);
    }
    expect(body.some((p) => p.style === "ListBullet")).toBe(true);
  });

  it("has the dnr and 'Sida X av Y' as page fields in header and footer, none on the title page", () => {
    const headers = [...parts]
      .filter(([n]) => /^word\/header\d+\.xml$/.test(n))
      .map(([, x]) => x)
      .join("");
    const footers = [...parts]
      .filter(([n]) => /^word\/footer\d+\.xml$/.test(n))
      .map(([, x]) => x)
      .join("");
    expect(headers).toContain("Diarienummer 2023-2658");
    expect(footers).toMatch(/Sida [\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]* av [\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(part("word/document.xml")).toContain("<w:titlePg/>");
  });

  it("has title, subject and author in the document properties", () => {
    const core = part("docProps/core.xml");
    expect(core).toContain(
      "<dc:title>Nyindustrialiseringen och samhällsomvandlingen i Norrbotten och Västerbotten – Delrapport 1</dc:title>",
    );
    expect(core).toContain("<dc:subject>Uppdrag att samordna arbetet på nationell nivå");
    expect(core).toContain("<dc:creator>Tillväxtverket</dc:creator>");
  });

  it("marks every table's header row to repeat, and lets no row split across pages", () => {
    const tables = [...part("word/document.xml").matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1] ?? "");
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? "");
      expect(rows[0]).toContain("<w:tblHeader/>");
      rows.forEach((row) => expect(row).toContain("<w:cantSplit/>"));
    }
  });

  it("has alt text on every picture, group of shapes and chart, the chart a native Word chart", () => {
    const xml = part("word/document.xml");
    const pictures = [...xml.matchAll(/<wp:docPr [^>]*>/g)].map((m) => m[0]);
    expect(pictures.length).toBeGreaterThanOrEqual(2);
    pictures.forEach((p) => expect(p).toMatch(/descr="[^"]{40,}"/));
    expect(pictures.filter((p) => p.includes("uppnått"))).toHaveLength(1);
    expect(pictures.filter((p) => p.includes("Bilden visar byggstenarna som rader: Attraktiva samhällen"))).toHaveLength(1);
    // The structure figure: one group (its alt text above) of eleven text boxes, eight blocks and three areas.
    expect([...xml.matchAll(/<wps:wsp>/g)]).toHaveLength(11);
    expect(parts.has("word/charts/chart1.xml")).toBe(true);
    // docx writes charts in en-US; a screen reader would read the Swedish labels with English rules.
    const chart = part("word/charts/chart1.xml");
    expect(chart).toContain('<c:lang val="sv-SE"/>');
    expect(chart).not.toMatch(/lang="en-US"|c:lang val="en-US"/);
    expect(chart).toMatch(/\blang="sv-SE"/);
  });

  it("says each indicator's progress in words against the expected, I1 27 % of the way with 28 % expected", () => {
    const cells = paragraphsOf(part("word/document.xml")).map((p) => p.text);
    expect(cells.filter((t) => /^27\s% av vägen, 28\s% väntat$/.test(t))).toHaveLength(1);
    expect(cells.filter((t) => /^\d+\s% av vägen, \d+\s% väntat$/.test(t)).length).toBeGreaterThanOrEqual(9);
  });

  it("says each status in words; shading only adds to the word", () => {
    const shaded = [
      ...part("word/document.xml").matchAll(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*?w:fill="(?!E5E7EB)[0-9A-F]{6}"[\s\S]*?<\/w:tc>/g),
    ].map((m) =>
      paragraphsOf(m[0])
        .map((p) => p.text)
        .join(""),
    );
    expect(shaded.length).toBeGreaterThan(5);
    shaded.forEach((text) => expect(text).toMatch(/^(uppnått|i fas|risk|efter|saknar data)/));
  });

  it("uses no empty paragraphs for spacing", () => {
    const empty = body.filter((p) => p.text.trim() === "" && !/<w:drawing>|<w:fldChar|<w:sectPr/.test(p.xml));
    expect(empty).toEqual([]);
  });

  it("is not a draft: the example workbooks have warnings only", () => {
    expect(rendered.draft).toBe(false);
    expect(rendered.missing).toEqual([]);
  });
});
