/**
 * One section per report heading of the blocks (sheet Byggstenar, column
 * Rubrik): blocks sharing a heading share a section, their texts in block
 * order. Blocks that start later get no section (a footnote says so instead);
 * a finished block without text for this report is left out.
 */
import type { Paragraph } from "docx";
import type { BlockRow } from "../../domain/model.ts";
import { type BlockKind, BLOCK_STATUS } from "../../../sheets-schema/vocabulary.ts";
import { notStartedOn } from "../../indicators/follow-up.ts";
import type { RenderContext } from "../context.ts";
import { headingParagraph } from "../headings.ts";
import { MISSING } from "../labels.ts";
import { markupParagraphs } from "../markup-runs.ts";
import { missingParagraph } from "../paragraphs.ts";

export function blockSections(kind: BlockKind, level: number, numbered: boolean, ctx: RenderContext): Paragraph[] {
  return sectionGroups(kind, ctx).flatMap(([heading, blocks]) => {
    const texts = blocks.flatMap((b) =>
      ctx.programme.blockTexts.filter((t) => t.block === b.id && t.report === String(ctx.report.number)).sort((x, y) => x.order - y.order),
    );
    if (texts.length === 0 && blocks.every((b) => b.status === BLOCK_STATUS.finished)) return [];
    const title = headingParagraph(ctx, level, heading, { numbered, literal: true });
    if (texts.length === 0) return [title, missingParagraph(ctx, MISSING.blockText(heading, ctx.report.number))];
    return [title, ...texts.flatMap((t) => markupParagraphs(t.text, ctx))];
  });
}

/** The sections' headings with their blocks, in the order of each heading's first block. */
function sectionGroups(kind: BlockKind, ctx: RenderContext): [string, BlockRow[]][] {
  const groups = new Map<string, BlockRow[]>();
  const blocks = [...ctx.programme.blocks].sort((a, b) => a.order - b.order);
  for (const b of blocks) {
    if (b.kind !== kind || notStartedOn(b, ctx.report.periodEnd)) continue;
    const heading = b.heading ?? b.name;
    groups.set(heading, [...(groups.get(heading) ?? []), b]);
  }
  return [...groups];
}
