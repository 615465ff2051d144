/** The title page: title, report, date, dnr, the assignment, the decision and the signatures. */
import { HeadingLevel, Paragraph } from "docx";
import type { LeafNode } from "../outline/outline.ts";
import type { RenderContext } from "../context.ts";
import { pieceRuns } from "../paragraphs.ts";
import { STYLE } from "../styles.ts";

type TitlePage = Extract<LeafNode, { titlePage: unknown }>["titlePage"];

export function titlePage(page: TitlePage, ctx: RenderContext): Paragraph[] {
  const line = (template: string, style?: string, keepNext = false) =>
    new Paragraph({ ...(style ? { style } : {}), ...(keepNext ? { keepNext } : {}), children: pieceRuns(ctx.fill(template)) });
  // The signing lines keep together, but the last is not kept with the next page's heading.
  const signatures = [page.signing, ...page.signatories];
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: pieceRuns(ctx.fill(page.title)) }),
    line(page.subtitle, STYLE.subtitle),
    line(page.date),
    line(page.dnr),
    line(page.assignment, STYLE.assignmentHeading),
    line(page.decision),
    line(page.caseOfficers),
    ...signatures.map((template, i) => line(template, STYLE.signature, i < signatures.length - 1)),
  ];
}
