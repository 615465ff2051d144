/**
 * renderReport: the programme, its status picture and the outline → a Word
 * delrapport. Pure: no I/O and no clock (the caller packs and writes the file).
 */
import type { Document } from "docx";
import type { Programme } from "../domain/model.ts";
import type { StatusPicture } from "../indicators/types.ts";
import { hasErrors, type Problem } from "../validation/problem.ts";
import { createContext, type FigureAlt, type HeadingEntry, type MissingItem } from "./context.ts";
import { buildDocument, fillChrome } from "./document.ts";
import type { Outline } from "./outline/outline.ts";
import { placeholderValues } from "./placeholders.ts";
import { renderNodes } from "./render-nodes.ts";
import { problemsAppendix } from "./sections/problems-appendix.ts";
import { reportPageNumbers } from "./page-numbers.ts";
import { ReportNotFoundError } from "../shared/errors.ts";

export interface ReportInput {
  readonly programme: Programme;
  readonly status: StatusPicture;
  readonly outline: Outline;
  readonly reportNumber: number;
  /** The validation problems; errors make the document a draft. */
  readonly problems: readonly Problem[];
  /** Refuse to draw a draft: with errors or anything missing, no document is given. */
  readonly strict?: boolean;
}

export interface RenderedReport {
  /** The document; none when `strict` refused a draft. */
  readonly document?: Document;
  /** The headings with their levels and numbers, in order. */
  readonly outline: readonly HeadingEntry[];
  /** What the report needed and did not find, each marked in the document where it shows. */
  readonly missing: readonly MissingItem[];
  /** Written despite errors or missing parts: marked UTKAST, with an appendix of the problems. */
  readonly draft: boolean;
  /** The figures' alt texts in document order (a PDF converter that drops them can put them back). */
  readonly figures: readonly FigureAlt[];
}

/** Draws delrapport `reportNumber` as the outline says. */
export function renderReport(input: ReportInput): RenderedReport {
  const { programme, status, outline, reportNumber, problems } = input;
  const report = programme.reports.find((r) => r.number === reportNumber);
  if (!report) throw ReportNotFoundError.numbered(reportNumber);
  const values = placeholderValues(programme, report, status);
  const pageNumbers = outline.tocPageNumbers ? reportPageNumbers() : undefined;
  const draw = (draft: boolean) => {
    const ctx = createContext({ programme, report, status, outline, values, draft });
    const body = renderNodes(outline.content, ctx, 1, true);
    const chrome = fillChrome(ctx);
    const appendix = draft ? problemsAppendix(problems, [...ctx.missing], ctx) : [];
    return { ctx, document: () => buildDocument([...body, ...appendix], chrome, outline, draft, pageNumbers?.estimator) };
  };
  // Whether it is a draft is known only once everything is drawn (what is missing shows on the way), and the
  // title page comes first: a draft is drawn again, so its title page says that it is not decided.
  const provisional = draw(hasErrors(problems));
  const draft = hasErrors(problems) || provisional.ctx.missing.length > 0;
  const drawn = draft === provisional.ctx.draft ? provisional : draw(draft);
  const { ctx } = drawn;
  const missing = [...ctx.missing];
  const figures = [...ctx.figures];
  if (draft && input.strict) return { outline: [...ctx.headings], missing, draft, figures };
  const document = drawn.document();
  if (pageNumbers) {
    // The pages are laid out for the table of contents, a chapter that would follow a nearly empty page starting on
    // it; its heading is then written without the break, and the pages written are the ones laid out.
    const soft = pageNumbers.softBreaks(document);
    if (soft.dropped.length > 0 && soft.count !== ctx.chapterHeadings.length) {
      throw new Error(`the layout found ${soft.count} soft page breaks where ${ctx.chapterHeadings.length} headings start a page`);
    }
    for (const order of soft.dropped) ctx.chapterHeadings[order]?.leaveBreakOut();
  }
  return { document, outline: [...ctx.headings], missing, draft, figures };
}
