/**
 * The TOC's page numbers are worked out once per document, its list numbers
 * from a body without the paragraphs and tables that number nothing, and
 * the chapter breaks the layout left out are then written so; layoutDocument
 * takes the pages the estimator laid out last. Each shortcut must give what
 * the long way gives.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableOfContents, TableRow, type PageNumberEstimator } from "docx";
import * as layout from "docx/layout";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ChapterHeading } from "../src/report/chapter-heading.ts";
import { NUMBERED_STYLES, onlyWhatMayNumber, reportPageNumbers } from "../src/report/page-numbers.ts";
import { reportNumbering, reportStyles, STYLE } from "../src/report/styles.ts";
import { hunksOf, unpatched } from "./helpers/carried-patch.ts";
import { docxParts } from "./helpers/docx-text.ts";
import { renderExampleReport } from "./helpers/example-report.ts";

let scratch: string | undefined;
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const cellTable = (...paragraphs: Paragraph[]) =>
  new Table({ rows: [new TableRow({ children: [new TableCell({ children: paragraphs })] })] });
const heading = (text: string, level: 1 | 2) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });

/** Numbered headings with text and tables between them: a paragraph numbered without a numbering style, tables of text only, of bullets, and one holding a numbered heading. */
function documentWith(pageNumbers: PageNumberEstimator): Document {
  return new Document({
    styles: reportStyles("sv-SE"),
    numbering: reportNumbering(),
    pageNumbers,
    sections: [
      {
        children: [
          new TableOfContents("Innehåll", { hyperlink: true, headingStyleRange: "1-3" }),
          heading("Första", 1),
          new Paragraph("brödtext"),
          cellTable(new Paragraph({ text: "bara text", style: STYLE.tableText })),
          new Paragraph({ text: "numrerad utan numrerande stil", numbering: { reference: STYLE.headingNumbers, level: 1 } }),
          heading("Andra", 2),
          cellTable(new Paragraph({ text: "i tabellen men numrerad", heading: HeadingLevel.HEADING_2 })),
          heading("Tredje", 2),
          cellTable(new Paragraph({ text: "punkt", style: STYLE.listBullet })),
          heading("Fjärde", 1),
        ],
      },
    ],
  });
}

/** The TOC entries' numbers and titles as written. */
async function tocEntries(document: Document): Promise<string[]> {
  const xml = (await docxParts(await Packer.toBuffer(document))).get("word/document.xml") ?? "";
  const toc = xml.slice(0, xml.indexOf("</w:sdtContent>"));
  return [...toc.matchAll(/<w:p\b.*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("|"));
}

describe("the TOC's list numbers", () => {
  it("are those of the whole body, a table that numbers a heading counted", async () => {
    const shortcut = await tocEntries(documentWith(reportPageNumbers().estimator));
    const whole = await tocEntries(documentWith(layout.estimatePageNumbers));
    expect(shortcut).toEqual(whole);
    // The paragraph numbered without a numbering style and the heading inside the table moved the count: 1.4.
    expect(shortcut.some((entry) => entry.startsWith("1.4|Tredje"))).toBe(true);
  });

  it("are read without the paragraphs and tables that number nothing, and with those that might", () => {
    const paragraph = (style: string, ...more: object[]) => ({
      "w:p": [{ "w:pPr": [{ "w:pStyle": { _attr: { "w:val": style } } }, ...more] }],
    });
    const table = (...content: object[]) => ({ "w:tbl": [{ "w:tr": [{ "w:tc": content }] }] });
    const plain = table(paragraph(STYLE.tableText));
    const numbered = table({ "w:p": [{ "w:pPr": [{ "w:numPr": [] }] }] });
    const bullets = table(paragraph(STYLE.listBullet));
    const styled = { "w:tbl": [{ "w:tblPr": [{ "w:tblStyle": { _attr: { "w:val": "Any" } } }] }] };
    const text = paragraph(STYLE.tableText);
    const textNumbered = paragraph(STYLE.tableText, { "w:numPr": [] });
    const sectionEnd = paragraph(STYLE.tableText, { "w:sectPr": [] });
    const noted = { "w:p": [{ "w:r": [{ "w:footnoteReference": { _attr: { "w:id": 1 } } }] }] };
    const field = { "w:p": [{ "w:r": [{ "w:fldChar": { _attr: { "w:fldCharType": "begin" } } }] }] };
    const toc = { "w:sdt": [{ "w:sdtContent": [text] }] };
    const body = {
      "w:body": [
        toc,
        paragraph(HeadingLevel.HEADING_1),
        text,
        plain,
        numbered,
        textNumbered,
        noted,
        bullets,
        field,
        sectionEnd,
        styled,
        plain,
        { "w:sectPr": [] },
      ],
    };
    const kept = (onlyWhatMayNumber(body as never) as unknown as typeof body)["w:body"];
    // Only the plain paragraph and the plain tables go.
    expect(kept).toEqual(body["w:body"].filter((child) => child !== text && child !== plain));
    expect(kept).toHaveLength(10);
  });

  it("know every style of the report that numbers its paragraphs", () => {
    const styles = reportStyles("sv-SE");
    const defaults = Object.entries(styles.default ?? {}).flatMap(([name, style]) =>
      (style as { paragraph?: { numbering?: unknown } }).paragraph?.numbering ? [name.replace(/^heading/, "Heading")] : [],
    );
    const own = (styles.paragraphStyles ?? []).flatMap((style) => (style.paragraph?.numbering ? [style.id] : []));
    expect(new Set([...defaults, ...own])).toEqual(NUMBERED_STYLES);
  });
});

describe("the page numbers of a report whose chapter breaks were left out", () => {
  it("are those a fresh layout of the document as written gives", async () => {
    const { rendered } = await renderExampleReport();
    const document = rendered.document as Document;
    const context = { file: document, viewWrapper: document.Document, stack: [] };
    const body = document.Document.View.Body.prepForXml(context);
    if (!body) throw new Error("no body");
    const written = writtenEstimate(document)(body, context);
    const fresh = layout.estimatePageNumbers(body, context);

    // The example leaves one chapter break out: the heading after it has the room a new page would have given.
    expect(JSON.stringify(body).match(/"w:before":480/g)).toHaveLength(1);
    expect(written.pageCount).toBeGreaterThan(10);
    expect(written.pageCount).toBe(fresh.pageCount);
    expect(written.sectionPageCounts).toEqual(fresh.sectionPageCounts);
    expect(written.bookmarks).toEqual(fresh.bookmarks);
    // The TOC's list numbers too, read while the break was still there.
    const lists = writtenEstimate(document).listNumbers?.(body, context);
    expect(lists?.size).toBeGreaterThan(10);
    expect(lists).toEqual(layout.estimatePageNumbers.listNumbers?.(body, context));
  }, 240_000);
});

describe("a chapter heading", () => {
  const xmlOf = (heading: ChapterHeading) => {
    const document = new Document({ sections: [{ children: [heading] }] });
    return JSON.stringify(heading.prepForXml({ file: document, viewWrapper: document.Document, stack: [] }));
  };

  it("starts a new page until its break is left out, and then has the room above that the page gave it", () => {
    const heading = new ChapterHeading({ text: "Kapitel", heading: HeadingLevel.HEADING_1 });
    const withBreak = xmlOf(heading);
    expect(withBreak).toContain("w:pageBreakBefore");
    expect(withBreak).not.toContain("w:spacing");
    heading.leaveBreakOut();
    const without = xmlOf(heading);
    expect(without).not.toContain("w:pageBreakBefore");
    expect(without).toContain('"w:before":480');
    expect(without.replace(/\{"w:spacing":\{[^}]*\}\}\},?/, "")).toBe(withBreak.replace(/\{"w:pageBreakBefore":\{\}\},?/, ""));
  });
});

describe("the pages layoutDocument gives a document written with estimatePageNumbers", () => {
  it("are the estimator's last pass, the same as the published layout lays the document out afresh", async () => {
    const document = documentWith(layout.estimatePageNumbers);
    await Packer.toBuffer(document);
    const reused = layout.layoutDocument(document);

    scratch = await mkdtemp(join(tmpdir(), "lagesbild-page-numbers-"));
    const LAYOUT = "node_modules/docx/dist/layout.mjs";
    const published = join(scratch, "layout.mjs");
    writeFileSync(published, unpatched(readFileSync(LAYOUT, "utf8"), hunksOf("patches/docx+9.15.2.patch", LAYOUT)));
    const original = (await import(pathToFileURL(published).href)) as typeof layout;
    const fresh = original.layoutDocument(document);

    expect(reused.pages.length).toBeGreaterThan(0);
    expect(reused.stoppedAt).toBeUndefined();
    expect(reused).toEqual(fresh);
  }, 240_000);
});

/** The estimator the document was written with. */
function writtenEstimate(document: Document): PageNumberEstimator {
  const estimator = (document.Document.View.Body as unknown as { pageNumbers?: PageNumberEstimator }).pageNumbers;
  if (!estimator) throw new Error("the document has no page numbers");
  return estimator;
}
