/**
 * The title page: title, report, date, dnr, the assignment, the decision and
 * the signatures. A draft's title page says instead that it is not decided
 * and not signed, so that printed it cannot pass for the decided report.
 */
import { HeadingLevel, Paragraph, TextRun } from "docx";
import type { LeafNode } from "../outline/outline.ts";
import type { RenderContext } from "../context.ts";
import { pieceRuns } from "../paragraphs.ts";
import { STYLE } from "../styles.ts";

type TitlePage = Extract<LeafNode, { titlePage: unknown }>["titlePage"];

export function titlePage(page: TitlePage, ctx: RenderContext): Paragraph[] {
  const line = (template: string, style?: string, suffix?: string, keepNext = false) =>
    new Paragraph({
      ...(style ? { style } : {}),
      ...(keepNext ? { keepNext } : {}),
      children: [...pieceRuns(ctx.fill(template)), ...(suffix ? [new TextRun(` ${suffix}`)] : [])],
    });
  const { draft } = ctx;
  const { decision, signing, unsigned } = ctx.outline.draft;
  // The signing lines keep together, but the last is not kept with the next page's heading.
  const signatures = [draft ? signing : page.signing, ...page.signatories];
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: pieceRuns(ctx.fill(page.title)) }),
    line(page.subtitle, STYLE.subtitle),
    line(page.date),
    line(page.dnr),
    line(page.assignment, STYLE.assignmentHeading),
    draft ? line(decision, STYLE.draftNotice) : line(page.decision),
    line(page.caseOfficers),
    ...signatures.map((template, i) => line(template, STYLE.signature, draft && i > 0 ? unsigned : undefined, i < signatures.length - 1)),
  ];
}
