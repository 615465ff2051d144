/**
 * The recommendations of the report, grouped by recipient: as titles only
 * (the summary) or with their motivations (chapter 2). Both come from the
 * same rows of the sheet Rekommendationer, so nothing is typed twice; the
 * summary takes a row's own summary wording and order where the sheet gives them.
 */
import { type Paragraph, TextRun } from "docx";
import type { Recommendation } from "../../domain/model.ts";
import type { LeafNode } from "../outline/outline.ts";
import type { RenderContext } from "../context.ts";
import { headingParagraph } from "../headings.ts";
import { MISSING } from "../labels.ts";
import { markupParagraphs } from "../markup-runs.ts";
import { bulletParagraph, missingParagraph, pieceRuns, bodyParagraph } from "../paragraphs.ts";
import { breakable } from "../breakable.ts";

type Options = Extract<LeafNode, { recommendations: unknown }>["recommendations"];

export function recommendations(options: Options, level: number, ctx: RenderContext): Paragraph[] {
  const groups = byRecipient(ctx, options.style === "titles" ? summaryOrder : reportOrder);
  if (groups.length === 0) return [missingParagraph(ctx, MISSING.recommendations(ctx.report.number))];
  return groups.flatMap(([recipient, rows], index) => {
    const template = rows.length === 1 ? options.groupHeading.one : options.groupHeading.many;
    const heading = headingParagraph(ctx, level, template, { numbered: false, values: { mottagare: recipient } });
    const note = index === 0 && options.firstGroupNote ? [bodyParagraph(pieceRuns(ctx.fill(options.firstGroupNote)))] : [];
    const items =
      options.style === "titles"
        ? rows.map((r) => bulletParagraph([new TextRun(breakable(r.summary ?? r.title))]))
        : rows.flatMap((r) => [
            bulletParagraph([new TextRun({ text: breakable(r.title), bold: true })], { keepNext: true }),
            ...markupParagraphs(r.motivation, ctx),
          ]);
    return [heading, ...note, ...items];
  });
}

const LAST = Number.MAX_SAFE_INTEGER;
const reportOrder = (r: Recommendation) => r.order ?? LAST;
/** The summary may list them in an order of its own; where it gives none, the report's. */
const summaryOrder = (r: Recommendation) => r.summaryOrder ?? r.order ?? LAST;

/** This report's recommendations in the given order, grouped by recipient in the order each is first met. */
function byRecipient(ctx: RenderContext, orderOf: (r: Recommendation) => number): [string, Recommendation[]][] {
  const rows = ctx.programme.recommendations.filter((r) => r.report === String(ctx.report.number)).sort((a, b) => orderOf(a) - orderOf(b));
  const groups = new Map<string, Recommendation[]>();
  for (const r of rows) groups.set(r.recipient, [...(groups.get(r.recipient) ?? []), r]);
  return [...groups];
}
