/** Headings: built-in Heading 1–3 styles, numbered by the list linked to those styles (1, 1.1, 1.1.1) so the TOC and navigation pane show the numbers. */
import { HeadingLevel, Paragraph } from "docx";
import type { RenderContext } from "./context.ts";
import { OutlineError } from "./outline/load-outline.ts";
import { ChapterHeading } from "./chapter-heading.ts";
import { pieceRuns } from "./paragraphs.ts";
import { fillTemplate, piecesToText, type Values } from "./placeholders.ts";

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** The deepest heading level the report uses; the table of contents lists all of them. */
export const DEEPEST_LEVEL = LEVELS.length;

export interface HeadingOptions {
  readonly numbered: boolean;
  readonly pageBreakBefore?: boolean | undefined;
  readonly values?: Values;
  /** The text is data (e.g. a block's name), not a template: braces in it are kept as they are. */
  readonly literal?: boolean;
}

/** A heading at `level` (1 = chapter), its template filled in and its number counted. */
export function headingParagraph(ctx: RenderContext, level: number, template: string, options: HeadingOptions): Paragraph {
  const style = LEVELS[level - 1];
  if (style === undefined) {
    throw new OutlineError(`Rapportmallen har rubriken ”${template}” på nivå ${level}; högst ${DEEPEST_LEVEL} nivåer går.`);
  }
  const pieces = options.literal
    ? [{ kind: "text" as const, text: template }]
    : fillTemplate(template, { ...ctx.values, ...options.values });
  ctx.enterHeading(level, piecesToText(pieces), options.numbered);
  // Recorded after entering, so what is missing in a heading is placed under that heading.
  for (const p of pieces) if (p.kind === "missing") ctx.noteMissing(p.message);
  const paragraph = {
    heading: style,
    children: pieceRuns(pieces),
    // The style numbers the heading; an unnumbered one opts out (numId 0), as Word writes it.
    ...(options.numbered ? {} : { numbering: false as const }),
  };
  if (options.pageBreakBefore !== true) return new Paragraph(paragraph);
  const chapter = new ChapterHeading(paragraph);
  ctx.noteChapterHeading(chapter);
  return chapter;
}
