/**
 * How the assignment is organised, as a picture drawn from the Byggstenar
 * sheet: the building blocks as rows, the cross-cutting areas as columns
 * running through all of them, a later-starting block paler and saying so.
 * Drawn with Word's own shapes (a group of text boxes), so it is sharp at any
 * size, its words are real text, and a coordinator can edit it in Word; the
 * alt text names every block and area.
 */
import { createTransformation, type IGroupChildMediaData, Paragraph, TextRun, VerticalAnchor, WpgGroupRun } from "docx";
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
  const rows = blocks.map((block, i) =>
    box(
      { width: WIDTH, height: ROW_HEIGHT, left: 0, top: HEADER_HEIGHT + GAP + i * (ROW_HEIGHT + GAP) },
      later(block) ? LATER_FILL : ROW_FILL,
      shapeText(later(block) ? STRUCTURE.startsLaterShort(block.name) : block.name, "1F2937", "left"),
      VerticalAnchor.CENTER,
    ),
  );
  // Drawn after the rows, so each area runs through every block like a column across them.
  const columns = areas.map((area, i) =>
    box(
      { width: areaWidth, height, left: NAME_WIDTH + GAP + i * (areaWidth + GAP), top: 0 },
      AREA_FILL,
      shapeText(area.name, "FFFFFF", "center"),
      VerticalAnchor.TOP,
    ),
  );
  // LibreOffice tags each shape as a figure of its own, without alt text; the PDF step gives each its part.
  ctx.noteFigure({
    title: STRUCTURE.altTitle,
    description,
    parts: [...blocks.map(blockAlt), ...areas.map((a) => STRUCTURE.areaAcross(a.name))],
  });
  // docx's core group, not docx/shapes: that module would add some 0,6 MB to every function bundle.
  const figure = new WpgGroupRun({
    type: "wpg",
    children: [...rows, ...columns],
    transformation: { width: WIDTH, height },
    altText: { name: STRUCTURE.altTitle, title: STRUCTURE.altTitle, description },
  });
  return [
    captionParagraph("figure", STRUCTURE.caption(blocks.length, areas.length)),
    new Paragraph({ keepLines: true, children: [figure] }),
  ];
}

interface Place {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
}

/** A filled text box in the group, outlined in the areas' colour; its place in pixels within the group. */
function box(place: Place, fill: string, text: Paragraph, anchor: VerticalAnchor): IGroupChildMediaData {
  return {
    type: "wps",
    transformation: createTransformation({ width: place.width, height: place.height, offset: { left: place.left, top: place.top } }),
    data: {
      children: [text],
      // Insets in EMU: 4 pt left and right, 3 pt top.
      bodyProperties: { verticalAnchor: anchor, margins: { left: 50800, right: 50800, top: 38100, bottom: 0 } },
    },
    solidFill: { type: "rgb", value: fill },
    outline: { type: "solidFill", solidFillType: "rgb", value: AREA_FILL, width: 9525 },
  };
}

function shapeText(text: string, color: string, alignment: "left" | "center"): Paragraph {
  return new Paragraph({
    alignment,
    children: [new TextRun({ text, font: FONTS.heading, size: 18, bold: true, color })],
  });
}
