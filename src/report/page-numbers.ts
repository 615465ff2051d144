/**
 * The TOC's page numbers, worked out once per document. docx works them out
 * each time the document's body is prepared for XML: once when the report is
 * laid out to find sparse pages, and again when the same document is packed.
 * The second time would read and lay out the whole body again for the same
 * answer, which at 100 000 activities is seconds of CPU. The TOC's list
 * numbers are read from the body without the tables that cannot number a
 * paragraph, which are most of its reading.
 */
import { HeadingLevel, type PageNumberEstimator } from "docx";
import { estimatePageNumbers } from "docx/layout";
import { STYLE } from "./styles.ts";

type Estimate = ReturnType<PageNumberEstimator>;
type ListNumbers = NonNullable<PageNumberEstimator["listNumbers"]>;
type Body = Parameters<ListNumbers>[0];

/**
 * The report's paragraph styles that number their paragraphs (the headings and the bullet list); a test checks this
 * against the styles themselves.
 */
export const NUMBERED_STYLES: ReadonlySet<string> = new Set([
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  STYLE.listBullet,
]);

/**
 * An estimator that remembers, per document, what docx's estimator and its
 * list numbers gave. A document's body is prepared the same way every time
 * (the drawing and relationship ids it draws afresh lay out no differently),
 * so the answer for a document stands.
 */
export function pageNumbersOncePerDocument(): PageNumberEstimator {
  const estimates = new WeakMap<object, Estimate>();
  const lists = new WeakMap<object, ReturnType<ListNumbers>>();
  const listNumbers = estimatePageNumbers.listNumbers as ListNumbers;
  const estimate: PageNumberEstimator = (body, context) => {
    const file = context.file as object | undefined;
    if (!file) return estimatePageNumbers(body, context);
    const known = estimates.get(file);
    if (known) return known;
    const worked = estimatePageNumbers(body, context);
    estimates.set(file, worked);
    return worked;
  };
  return Object.assign(estimate, {
    listNumbers: (body: Body, context: Parameters<ListNumbers>[1]) => {
      const file = context.file as object | undefined;
      if (!file) return listNumbers(body, context);
      const known = lists.get(file);
      if (known) return known;
      const worked = listNumbers(withoutUnnumberedTables(body), context);
      lists.set(file, worked);
      return worked;
    },
  });
}

/**
 * The body without the tables that number none of their paragraphs. docx reads the whole body for the list numbers
 * of a few headings; the report's tables are most of that reading, and a table whose paragraphs neither number
 * themselves (`w:numPr`) nor have a numbering style (or a table style, which could give one) moves no list's count.
 */
export function withoutUnnumberedTables(body: Body): Body {
  const children = (body as Record<string, unknown>)["w:body"];
  if (!Array.isArray(children)) return body;
  const kept = children.filter((child) => !isTable(child) || mayNumber(child));
  return kept.length === children.length ? body : ({ ...body, "w:body": kept } as Body);
}

function isTable(element: unknown): boolean {
  return typeof element === "object" && element !== null && "w:tbl" in element;
}

function mayNumber(element: unknown): boolean {
  if (Array.isArray(element)) return element.some(mayNumber);
  if (typeof element !== "object" || element === null) return false;
  for (const [name, value] of Object.entries(element)) {
    if (name === "w:numPr" || name === "w:tblStyle") return true;
    if (name === "w:pStyle") return NUMBERED_STYLES.has(String((value as { _attr?: Record<string, unknown> })._attr?.["w:val"]));
    if (name !== "_attr" && mayNumber(value)) return true;
  }
  return false;
}
