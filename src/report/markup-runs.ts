/**
 * The inline markup of text cells as Word runs: bold, italic, clickable links
 * and real footnotes (each reference its own footnote, so Word numbers them in
 * the order they are first referred to).
 */
import { type Paragraph, type ParagraphChild, TextRun } from "docx";
import { parseMarkup, type Inline } from "../text/markup.ts";
import type { RenderContext } from "./context.ts";
import { footnoteRun } from "./footnotes.ts";
import { textOrLinkRun } from "./inline-runs.ts";
import { bodyParagraph, bulletParagraph } from "./paragraphs.ts";

export interface RunOptions {
  /** Bold all of it, as for a recommendation's title. */
  readonly bold?: boolean;
}

/** The runs of one line of markup. */
export function inlineRuns(inlines: readonly Inline[], ctx: RenderContext, options: RunOptions = {}): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    if (inline.type !== "footnote") return [textOrLinkRun(inline, options.bold)];
    const run = footnoteRun(inline.id, ctx);
    return run ? [run] : [];
  });
}

/** A markup text as paragraphs and bullets. */
export function markupParagraphs(source: string, ctx: RenderContext, options: RunOptions = {}): Paragraph[] {
  return parseMarkup(source).blocks.map((block) => {
    const runs = inlineRuns(block.inlines, ctx, options);
    return block.kind === "bullet" ? bulletParagraph(runs) : bodyParagraph(runs);
  });
}

/** A single-line markup text as runs (several lines are joined with a space). */
export function markupRuns(source: string, ctx: RenderContext, options: RunOptions = {}): ParagraphChild[] {
  const blocks = parseMarkup(source).blocks;
  return blocks.flatMap((block, i) => [...(i > 0 ? [new TextRun(" ")] : []), ...inlineRuns(block.inlines, ctx, options)]);
}
