/**
 * Soft page breaks in docx/layout (carried patch, item 12): a heading's page
 * break is left out where it would leave a nearly empty page behind, and the
 * estimate's page numbers are then those of the document written without it.
 */
import { Document, HeadingLevel, Paragraph, TableOfContents, type PageNumberEstimator } from "docx";
import { estimatePageNumbers, estimatePageNumbersWith } from "docx/layout";
import { describe, expect, it } from "vitest";

type Estimate = ReturnType<PageNumberEstimator> & { softBreaks?: { count: number; dropped: number[] } };

const SOFT = { isSoft: (p: { style?: string }) => p.style === "Heading1", fill: 0.25, spaceBefore: 24 };
const LINE = "Ett stycke text som fyller en rad och lite till, så att sidan fylls i den takt som provet behöver.";

/** `count` paragraphs of a line each: about 55 fill an A4 page at docx's defaults. */
const text = (count: number) => Array.from({ length: count }, () => new Paragraph(LINE));

interface Shape {
  /** Paragraphs on the title page, before the first chapter. */
  readonly title: number;
  /** Paragraphs of the first chapter. */
  readonly first: number;
  /** Whether the first chapter's last paragraph is kept with the next. */
  readonly keptWithNext?: boolean;
  /** The second chapter's break: as written (true), or left out with 24 pt above it (false). */
  readonly breakBefore: boolean;
}

function chapters({ title, first, keptWithNext = false, breakBefore }: Shape): Paragraph[] {
  const last = first > 0 ? [new Paragraph({ text: LINE, keepNext: keptWithNext })] : [];
  return [
    ...text(title),
    new Paragraph({ text: "Första", heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...text(Math.max(0, first - 1)),
    ...last,
    new Paragraph({
      text: "Andra",
      heading: HeadingLevel.HEADING_1,
      ...(breakBefore ? { pageBreakBefore: true } : { spacing: { before: 480 } }),
    }),
    ...text(3),
  ];
}

/** The estimate the document is written with, and the page each chapter starts on. */
function estimateOf(children: Paragraph[], estimator: PageNumberEstimator): { estimate: Estimate; pages: string[] } {
  let estimate: Estimate | undefined;
  const recording: PageNumberEstimator = Object.assign(
    (body: Parameters<PageNumberEstimator>[0], context: Parameters<PageNumberEstimator>[1]) => {
      estimate = estimator(body, context) as Estimate;
      return estimate;
    },
    estimator.listNumbers ? { listNumbers: estimator.listNumbers } : {},
  );
  const document = new Document({
    pageNumbers: recording,
    sections: [{ children: [new TableOfContents("Innehåll", { hyperlink: true, headingStyleRange: "1-1" }), ...children] }],
  });
  document.Document.View.Body.prepForXml({ file: document, viewWrapper: document.Document, stack: [] });
  if (!estimate) throw new Error("the estimator did not run");
  return { estimate, pages: [...estimate.bookmarks.values()] };
}

const soft = estimatePageNumbersWith({ softBreaks: SOFT });

describe("a soft page break", () => {
  it("is left out after a page filled less than a quarter, and the pages are those of the document written without it", () => {
    // Title page, a chapter of a page and a few lines: its last page is nearly empty.
    const shape = { title: 3, first: 62 } as const;
    const softly = estimateOf(chapters({ ...shape, breakBefore: true }), soft);
    const without = estimateOf(chapters({ ...shape, breakBefore: false }), estimatePageNumbers);
    const withBreak = estimateOf(chapters({ ...shape, breakBefore: true }), estimatePageNumbers);
    expect(softly.estimate.softBreaks).toEqual({ count: 2, dropped: [1] });
    expect(softly.pages).toEqual(without.pages);
    expect(softly.estimate.pageCount).toBe(without.estimate.pageCount);
    expect(withBreak.estimate.pageCount).toBe((softly.estimate.pageCount ?? 0) + 1);
  });

  it("is kept after a page filled a quarter or more", () => {
    const softly = estimateOf(chapters({ title: 3, first: 85, breakBefore: true }), soft);
    const hard = estimateOf(chapters({ title: 3, first: 85, breakBefore: true }), estimatePageNumbers);
    expect(softly.estimate.softBreaks).toEqual({ count: 2, dropped: [] });
    expect(softly.pages).toEqual(hard.pages);
  });

  it("is kept on the first page, however short it is: the title page stands alone", () => {
    const softly = estimateOf(chapters({ title: 2, first: 0, breakBefore: true }), soft);
    expect(softly.estimate.softBreaks?.dropped).not.toContain(0);
  });

  it("is kept after a paragraph kept with the next, which the break would otherwise pull along", () => {
    const softly = estimateOf(chapters({ title: 3, first: 62, keptWithNext: true, breakBefore: true }), soft);
    expect(softly.estimate.softBreaks).toEqual({ count: 2, dropped: [] });
  });

  it("is decided on the pages as laid out so far, each left-out break moving what follows", () => {
    // Two chapters whose last pages are nearly empty when each starts a page. Leaving out the second's break moves it
    // up by most of a page, so its own last page is no longer nearly empty and the third's break is kept.
    const chapter = (title: string, count: number) => [
      new Paragraph({ text: title, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
      ...text(count),
    ];
    const every = [...text(3), ...chapter("Ett", 62), ...chapter("Två", 70), ...chapter("Tre", 3)];
    const alone = [...text(3), ...chapter("Två", 70), ...chapter("Tre", 3)];
    expect(estimateOf(alone, soft).estimate.softBreaks).toEqual({ count: 2, dropped: [1] });
    expect(estimateOf(every, soft).estimate.softBreaks).toEqual({ count: 3, dropped: [1] });
  });
});
