/**
 * The outline's text leaves: `text:` (paragraphs from the sheet Texter),
 * `paragraph:` (a fixed text with placeholders) and `list:` (rows of the
 * workbooks as bullets).
 */
import { type Paragraph, TextRun } from "docx";
import type { LIST_KINDS } from "../outline/outline.ts";
import type { RenderContext } from "../context.ts";
import { MISSING } from "../labels.ts";
import { markupParagraphs, markupRuns } from "../markup-runs.ts";
import { bodyParagraph, bulletParagraph, missingParagraph, pieceRuns } from "../paragraphs.ts";
import { breakable } from "../breakable.ts";
import { BLOCK_KIND, GOAL_KIND } from "../../../sheets-schema/vocabulary.ts";

type ListKind = (typeof LIST_KINDS)[number];

/** The paragraphs the sheet Texter gives for a section key in this report, in their order. */
export function textSlot(key: string, ctx: RenderContext): Paragraph[] {
  const rows = ctx.programme.texts
    .filter((t) => t.section === key && t.report === String(ctx.report.number))
    .sort((a, b) => a.order - b.order);
  if (rows.length === 0) return [missingParagraph(ctx, MISSING.text(key, ctx.report.number))];
  return rows.flatMap((row) => markupParagraphs(row.text, ctx));
}

/** A fixed paragraph of the outline, its placeholders filled in. */
export function fixedParagraph(template: string, ctx: RenderContext): Paragraph {
  return bodyParagraph(pieceRuns(ctx.fill(template)));
}

/** A bulleted list of workbook rows. */
export function dataList(kind: ListKind, ctx: RenderContext): Paragraph[] {
  const items = listItems(kind, ctx);
  if (items.length === 0) return [missingParagraph(ctx, MISSING.list(kind))];
  return items;
}

function listItems(kind: ListKind, ctx: RenderContext): Paragraph[] {
  const { programme } = ctx;
  const byOrder = <T extends { readonly order?: number | undefined }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER));
  const plain = (texts: readonly string[]) => texts.map((t) => bulletParagraph([new TextRun(breakable(t))]));
  switch (kind) {
    case "byggstenar":
      return plain(byOrder(programme.blocks.filter((b) => b.kind === BLOCK_KIND.block)).map((b) => b.name));
    case "tvärgående områden":
      return plain(byOrder(programme.blocks.filter((b) => b.kind === BLOCK_KIND.crossCutting)).map((b) => b.name));
    case "delmål":
      return plain(byOrder(programme.goals.filter((g) => g.kind === GOAL_KIND.subGoal)).map((g) => g.text));
    case "önskade effekter":
      return plain(byOrder(programme.goals.filter((g) => g.kind === GOAL_KIND.desiredEffect)).map((g) => g.text));
    case "verktyg":
      return byOrder(programme.tools).map((t) =>
        bulletParagraph([new TextRun({ text: t.tool, bold: true }), new TextRun(" \u2013 "), ...markupRuns(t.description, ctx)]),
      );
  }
}
