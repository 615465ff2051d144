/**
 * How the assignment is organised, as a picture drawn from the Byggstenar
 * sheet: the building blocks as rows, the cross-cutting areas as columns
 * running through all of them. Drawn with Word's own shapes (a group of text
 * boxes), so it is sharp at any size, its words are real text, and a
 * coordinator can edit it in Word; the alt text names every block and area.
 */
import { Paragraph, TextRun } from "docx";
import { ShapeGroupRun, type IShapeGroupChildOptions } from "docx/shapes";
import { BLOCK_KIND, BLOCK_STATUS } from "../../../sheets-schema/vocabulary.ts";
import type { BlockRow } from "../../domain/model.ts";
import type { RenderContext } from "../context.ts";
import { captionParagraph } from "../captions.ts";
import { STRUCTURE } from "../labels.ts";
import { bodyParagraph } from "../paragraphs.ts";
import { FONTS } from "../styles.ts";

const WIDTH = 600;
const GAP = 5;
/** The blocks' names, left of the areas. */
const NAME_WIDTH = 250;
const HEADER_HEIGHT = 42;
const ROW_HEIGHT = 24;
const ROW_FILL = "DEEAF6";
const LATER_FILL = "F2F2F2";
const AREA_FILL = "1F4E79";

export function structureFigure(ctx: RenderContext): Paragraph[] {
  const byOrder = (a: BlockRow, b: BlockRow) => a.order - b.order;
  const blocks = ctx.programme.blocks.filter((b) => b.kind === BLOCK_KIND.block).sort(byOrder);
  const areas = ctx.programme.blocks.filter((b) => b.kind === BLOCK_KIND.crossCutting).sort(byOrder);
  if (blocks.length === 0) return [bodyParagraph([new TextRun(STRUCTURE.noBlocks)])];
  const later = (b: BlockRow) => b.status === BLOCK_STATUS.startsLater;
  const blockAlt = (b: BlockRow) => (later(b) ? STRUCTURE.startsLater(b.name) : b.name);
  const description = STRUCTURE.altDescription(
    blocks.map(blockAlt),
    areas.map((a) => a.name),
  );
  const height = HEADER_HEIGHT + blocks.length * (ROW_HEIGHT + GAP);
  const areaWidth = areas.length === 0 ? 0 : (WIDTH - NAME_WIDTH - GAP * areas.length) / areas.length;
  const rows = blocks.map(
    (block, i): IShapeGroupChildOptions => ({
      type: "rectangle",
      transformation: { width: WIDTH, height: ROW_HEIGHT, offset: { left: 0, top: HEADER_HEIGHT + GAP + i * (ROW_HEIGHT + GAP) } },
      fill: later(block) ? LATER_FILL : ROW_FILL,
      line: { color: AREA_FILL, width: 0.75, ...(later(block) ? { dash: "dash" as const } : {}) },
      children: [shapeText(later(block) ? STRUCTURE.startsLaterShort(block.name) : block.name, "1F2937", "left")],
      textOptions: { verticalAlignment: "center", margins: { left: 6, right: 6, top: 0, bottom: 0 } },
      altText: { name: block.name, description: blockAlt(block) },
    }),
  );
  // Drawn after the rows, so each area runs through every block like a column across them.
  const columns = areas.map(
    (area, i): IShapeGroupChildOptions => ({
      type: "rectangle",
      transformation: { width: areaWidth, height, offset: { left: NAME_WIDTH + GAP + i * (areaWidth + GAP), top: 0 } },
      // A little see-through: the blocks show through each area, as it runs through them.
      fill: { color: AREA_FILL, transparency: 15 },
      line: { color: AREA_FILL, width: 0.75 },
      children: [shapeText(area.name, "FFFFFF", "center")],
      textOptions: { verticalAlignment: "top", margins: { left: 4, right: 4, top: 6, bottom: 0 } },
      altText: { name: area.name, description: STRUCTURE.areaAcross(area.name) },
    }),
  );
  ctx.noteFigure({
    title: STRUCTURE.altTitle,
    description,
    parts: [...blocks.map(blockAlt), ...areas.map((a) => STRUCTURE.areaAcross(a.name))],
  });
  const figure = new ShapeGroupRun({
    children: [...rows, ...columns],
    altText: { name: STRUCTURE.altTitle, title: STRUCTURE.altTitle, description },
  });
  return [
    captionParagraph("figure", STRUCTURE.caption(blocks.length, areas.length)),
    new Paragraph({ keepLines: true, children: [figure] }),
  ];
}

function shapeText(text: string, color: string, alignment: "left" | "center"): Paragraph {
  return new Paragraph({
    alignment,
    children: [new TextRun({ text, font: FONTS.heading, size: 18, bold: true, color })],
  });
}
