/**
 * The TOC's page numbers, worked out once per document. docx works them out
 * each time the document's body is prepared for XML: once when the report is
 * laid out to find out which chapter breaks to leave out, and again when the
 * document is packed; the second time would read and lay out the whole body
 * again for the same answer, which at 100 000 activities is seconds of CPU.
 *
 * A chapter break that would leave a nearly empty page behind is left out
 * while the pages are laid out (docx/layout's soft page breaks, carried
 * patch), and its heading is then written without it: the pages written are
 * the ones laid out.
 *
 * The TOC's list numbers are read from the body without the paragraphs and
 * tables that cannot number a paragraph, which are most of its reading.
 */
import { type Document, HeadingLevel, type PageNumberEstimator } from "docx";
import { estimatePageNumbers, estimatePageNumbersWith } from "docx/layout";
import { STYLE } from "./styles.ts";

type Estimate = ReturnType<PageNumberEstimator>;
type ListNumbers = NonNullable<PageNumberEstimator["listNumbers"]>;
type Body = Parameters<ListNumbers>[0];

/** The headings' styles: only their page breaks are left out where they would leave a nearly empty page. */
const HEADING_STYLES: ReadonlySet<string> = new Set([HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3]);

/**
 * The report's paragraph styles that number their paragraphs (the headings and the bullet list); a test checks this
 * against the styles themselves.
 */
export const NUMBERED_STYLES: ReadonlySet<string> = new Set([...HEADING_STYLES, STYLE.listBullet]);

/** A page a chapter break would leave filled less than this (of the room for text) is not kept alone. */
export const SPARSE_PAGE_FILL = 0.25;

/** Points above a chapter heading whose break was left out: a new page gave it that room. */
export const CHAPTER_SPACE_ABOVE = 24;

/** What docx/layout's estimate says of the soft breaks (`SoftPageBreaksLeftOut`); nothing when the layout did not settle. */
export interface SoftBreaks {
  readonly count: number;
  readonly dropped: readonly number[];
}

/**
 * The estimator the report's document is given, and what it worked out for
 * it. The document has every chapter break, and is laid out with them soft;
 * `softBreaks` says which were left out, and their headings are then written
 * without them (chapter-heading.ts), with the pages laid out.
 */
export interface ReportPageNumbers {
  readonly estimator: PageNumberEstimator;
  /**
   * Of the paragraphs with a soft page break before (the headings with one), how many there are and the order among
   * them of those whose break the layout left out. It prepares the document's body, which runs the estimator, as
   * writing it would.
   */
  softBreaks(document: Document): SoftBreaks;
}

export function reportPageNumbers(): ReportPageNumbers {
  const worked = new WeakMap<object, Estimate>();
  const lists = new WeakMap<object, ReturnType<ListNumbers>>();
  const soft = estimatePageNumbersWith({
    softBreaks: {
      isSoft: (paragraph) => HEADING_STYLES.has(paragraph.style ?? ""),
      fill: SPARSE_PAGE_FILL,
      spaceBefore: CHAPTER_SPACE_ABOVE,
    },
  });
  const listNumbers = estimatePageNumbers.listNumbers as ListNumbers;
  // Written, the body is prepared again, with the breaks that were left out written so: its pages are the ones laid out.
  const estimate: PageNumberEstimator = (body, context) => {
    const file = context.file as object | undefined;
    if (!file) return estimatePageNumbers(body, context);
    const result = worked.get(file) ?? soft(body, context);
    worked.set(file, result);
    return result;
  };
  const estimator = Object.assign(estimate, {
    listNumbers: (body: Body, context: Parameters<ListNumbers>[1]) => {
      const file = context.file as object | undefined;
      if (!file) return listNumbers(body, context);
      const result = lists.get(file) ?? listNumbers(onlyWhatMayNumber(body), context);
      lists.set(file, result);
      return result;
    },
  });
  return {
    estimator,
    softBreaks(document) {
      if (!worked.has(document)) document.Document.View.Body.prepForXml({ file: document, viewWrapper: document.Document, stack: [] });
      const result = worked.get(document);
      return (result && (result as Estimate & { softBreaks?: SoftBreaks }).softBreaks) ?? { count: 0, dropped: [] };
    },
  };
}

/**
 * The body without the paragraphs and tables that cannot change the list numbers docx reads. It reads the whole
 * body for the list numbers of a few headings, though only numbered paragraphs move a list's count: a paragraph or
 * table is left out unless one of its paragraphs numbers itself (`w:numPr`) or has a numbering style (or a table
 * style, which could give one), or it holds what docx names by count among the numbers (a note reference, a field),
 * or it ends a section.
 */
export function onlyWhatMayNumber(body: Body): Body {
  const children = (body as Record<string, unknown>)["w:body"];
  if (!Array.isArray(children)) return body;
  const kept = children.filter((child) => !isParagraphOrTable(child) || mayNumber(child));
  return kept.length === children.length ? body : ({ ...body, "w:body": kept } as Body);
}

/** Elements that keep the paragraph or table they are in among what the list numbers are read from. */
const KEEPS = new Set([
  "w:numPr",
  "w:tblStyle",
  "w:sectPr",
  "w:footnoteReference",
  "w:endnoteReference",
  "w:fldChar",
  "w:fldSimple",
  "w:instrText",
]);

function isParagraphOrTable(element: unknown): boolean {
  return typeof element === "object" && element !== null && ("w:tbl" in element || "w:p" in element);
}

function mayNumber(element: unknown): boolean {
  if (Array.isArray(element)) return element.some(mayNumber);
  if (typeof element !== "object" || element === null) return false;
  for (const [name, value] of Object.entries(element)) {
    if (KEEPS.has(name)) return true;
    if (name === "w:pStyle") return NUMBERED_STYLES.has(String((value as { _attr?: Record<string, unknown> })._attr?.["w:val"]));
    if (name !== "_attr" && mayNumber(value)) return true;
  }
  return false;
}
