/**
 * The TOC's page numbers, worked out once per document. docx works them out
 * each time the document's body is prepared for XML: once when the report is
 * laid out to find out which chapter breaks to leave out, and again when the
 * document is packed; the second time would read and lay out the whole body
 * again for the same answer, which at 100 000 activities is seconds of CPU.
 *
 * A chapter break that would leave a nearly empty page behind is left out
 * while the pages are laid out (docx/layout's soft page breaks, carried
 * patch), and the document then written without those breaks takes the
 * estimate as it is, its bookmarks renamed: its pages are the ones laid out.
 *
 * The TOC's list numbers are read from the body without the tables that
 * cannot number a paragraph, which are most of its reading.
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

interface Worked {
  readonly estimate: Estimate;
  /** The names of the body's bookmarks in order, when another document may take this one's estimate. */
  readonly bookmarks?: readonly string[];
}

/**
 * The estimator the report's documents are given, and what it worked out for
 * each. The first document of a report has every chapter break and is laid
 * out with them soft; `softBreaks` says which were left out. The document
 * drawn without them `adopt`s the first's estimate.
 */
export interface ReportPageNumbers {
  readonly estimator: PageNumberEstimator;
  /**
   * Of the paragraphs with a soft page break before (the headings with one), how many there are and the order among
   * them of those whose break the layout left out. It prepares the document's body, which runs the estimator, as
   * writing it would.
   */
  softBreaks(document: Document): SoftBreaks;
  /** `target` (drawn as `from` with its dropped breaks left out) is written with `from`'s page numbers. */
  adopt(target: Document, from: Document): void;
}

export function reportPageNumbers(): ReportPageNumbers {
  const worked = new WeakMap<object, Worked>();
  const lists = new WeakMap<object, ReturnType<ListNumbers>>();
  const adoptedFrom = new WeakMap<object, object>();
  const soft = estimatePageNumbersWith({
    softBreaks: {
      isSoft: (paragraph) => HEADING_STYLES.has(paragraph.style ?? ""),
      fill: SPARSE_PAGE_FILL,
      spaceBefore: CHAPTER_SPACE_ABOVE,
    },
  });
  const listNumbers = estimatePageNumbers.listNumbers as ListNumbers;
  const adopterNames = new WeakMap<object, string[]>();
  /** The bookmarks of the document `file` adopts from, by name, as `body` (its own) names them: bookmarks are numbered afresh in each document. */
  const renaming = (file: object, from: object, body: Body): Map<string, string> | undefined => {
    const names = worked.get(from)?.bookmarks;
    const own = adopterNames.get(file) ?? bookmarkNames(body);
    adopterNames.set(file, own);
    if (!names || names.length !== own.length) return undefined;
    return new Map(names.map((name, index) => [name, own[index] ?? name]));
  };
  const estimate: PageNumberEstimator = (body, context) => {
    const file = context.file as object | undefined;
    if (!file) return estimatePageNumbers(body, context);
    const known = worked.get(file);
    if (known) return known.estimate;
    const from = adoptedFrom.get(file);
    const fromEstimate = from && worked.get(from)?.estimate;
    const renamed = from && renaming(file, from, body);
    // Adopted, the estimate is the layout of this very document (its breaks left out as they were there); a document
    // whose bookmarks do not line up with the first's is laid out afresh, with its breaks as they are.
    const result =
      fromEstimate && renamed ? renamedEstimate(fromEstimate, renamed) : from ? estimatePageNumbers(body, context) : soft(body, context);
    const dropped = softBreaksOf(result)?.dropped ?? [];
    worked.set(file, { estimate: result, ...(!from && dropped.length > 0 ? { bookmarks: bookmarkNames(body) } : {}) });
    return result;
  };
  const estimator = Object.assign(estimate, {
    listNumbers: (body: Body, context: Parameters<ListNumbers>[1]) => {
      const file = context.file as object | undefined;
      if (!file) return listNumbers(body, context);
      const known = lists.get(file);
      if (known) return known;
      const from = adoptedFrom.get(file);
      const fromLists = from && lists.get(from);
      const renamed = from && fromLists && renaming(file, from, body);
      const result = fromLists && renamed ? renamedKeys(fromLists, renamed) : listNumbers(withoutUnnumberedTables(body), context);
      lists.set(file, result);
      return result;
    },
  });
  return {
    estimator,
    softBreaks(document) {
      if (!worked.has(document)) document.Document.View.Body.prepForXml({ file: document, viewWrapper: document.Document, stack: [] });
      const result = worked.get(document)?.estimate;
      return (result && softBreaksOf(result)) ?? { count: 0, dropped: [] };
    },
    adopt(target, from) {
      adoptedFrom.set(target, from);
    },
  };
}

function softBreaksOf(estimate: Estimate): SoftBreaks | undefined {
  return (estimate as Estimate & { softBreaks?: SoftBreaks }).softBreaks;
}

function renamedEstimate(estimate: Estimate, names: ReadonlyMap<string, string>): Estimate {
  const { softBreaks: _, ...rest } = estimate as Estimate & { softBreaks?: SoftBreaks };
  return {
    ...rest,
    bookmarks: renamedKeys(estimate.bookmarks, names),
    ...(estimate.bookmarkPageNumbers ? { bookmarkPageNumbers: renamedKeys(estimate.bookmarkPageNumbers, names) } : {}),
    ...(estimate.relativePositions ? { relativePositions: renamedKeys(estimate.relativePositions, names) } : {}),
  };
}

function renamedKeys<V>(map: ReadonlyMap<string, V>, names: ReadonlyMap<string, string>): Map<string, V> {
  return new Map([...map].map(([key, value]) => [names.get(key) ?? key, value]));
}

/** The names of the bookmarks that start in a formatted body, in order. */
export function bookmarkNames(body: unknown): string[] {
  const names: string[] = [];
  const walk = (element: unknown): void => {
    if (Array.isArray(element)) {
      for (const child of element) walk(child);
      return;
    }
    if (typeof element !== "object" || element === null) return;
    for (const [key, value] of Object.entries(element)) {
      if (key === "w:bookmarkStart") {
        const name = (value as { _attr?: Record<string, unknown> })._attr?.["w:name"];
        if (typeof name === "string") names.push(name);
      } else if (key !== "_attr") walk(value);
    }
  };
  walk(body);
  return names;
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
