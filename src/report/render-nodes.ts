/**
 * Walks the outline and draws each node: headings take their level from how
 * deep they sit and their number from the counters; every leaf goes to the
 * part that knows its data. The outline decides what is drawn and in which
 * order; nothing here knows the chapters of a delrapport.
 */
import { type FileChild, Paragraph, TableOfContents, TextRun } from "docx";
import type { RenderContext } from "./context.ts";
import { DEEPEST_LEVEL, headingParagraph } from "./headings.ts";
import { isHeading, type LeafNode, type OutlineNode } from "./outline/outline.ts";
import { activitiesByBlock, activitiesByTool } from "./sections/activities.ts";
import { blockSections } from "./sections/block-sections.ts";
import { blocksTable } from "./sections/blocks-table.ts";
import { networksTable } from "./sections/networks-table.ts";
import { structureFigure } from "./sections/structure-figure.ts";
import { budgetTable } from "./sections/budget.ts";
import { followUpBlocks, followUpIndicators, recommendationFates } from "./sections/follow-up.ts";
import { indicatorChart } from "./sections/indicator-chart.ts";
import { indicatorCourseChart } from "./sections/indicator-course-chart.ts";
import { goalsTable, indicatorsTable, statusLegend } from "./sections/indicator-tables.ts";
import { recommendations } from "./sections/recommendations.ts";
import { dataList, fixedParagraph, textSlot } from "./sections/texts.ts";
import { titlePage } from "./sections/title-page.ts";
import { STYLE } from "./styles.ts";

/** The nodes at heading `level` (1 for the top), under a numbered or unnumbered heading. */
export function renderNodes(nodes: readonly OutlineNode[], ctx: RenderContext, level: number, numberedParent: boolean): FileChild[] {
  return nodes.flatMap((node): FileChild[] => {
    if (!isHeading(node)) return renderLeaf(node, ctx, level, numberedParent);
    if (node.onlyAfterFirstReport && !ctx.status.followUp) return [];
    const numbered = node.numbered ?? true;
    const heading = headingParagraph(ctx, level, node.heading, { numbered, pageBreakBefore: node.pageBreakBefore });
    return [heading, ...renderNodes(node.content, ctx, level + 1, numbered)];
  });
}

function renderLeaf(node: LeafNode, ctx: RenderContext, level: number, numberedParent: boolean): FileChild[] {
  if ("titlePage" in node) return titlePage(node.titlePage, ctx);
  if ("toc" in node) return tableOfContents(node.toc, ctx);
  if ("text" in node) return textSlot(node.text, ctx);
  if ("paragraph" in node) return [fixedParagraph(node.paragraph, ctx)];
  if ("list" in node) return dataList(node.list, ctx);
  if ("recommendations" in node) return recommendations(node.recommendations, level, ctx);
  if ("blockSections" in node) return blockSections(node.blockSections, level, numberedParent, ctx);
  if ("indicators" in node) {
    if (node.indicators === "chart") return indicatorChart(ctx);
    if (node.indicators === "legend") return statusLegend();
    if (node.indicators === "course") return indicatorCourseChart(ctx);
    return node.indicators === "goals" ? goalsTable(ctx) : indicatorsTable(ctx);
  }
  if ("activities" in node) return node.activities === "byTool" ? activitiesByTool(ctx) : activitiesByBlock(ctx);
  if ("followUp" in node) {
    if (node.followUp === "indicators") return followUpIndicators(ctx);
    if (node.followUp === "blocks") return followUpBlocks(ctx);
    return recommendationFates(node.followUp === "recommendations" ? "earlier" : "all", ctx);
  }
  if ("blocks" in node) return node.blocks === "figure" ? structureFigure(ctx) : blocksTable(ctx);
  if ("budget" in node) return budgetTable(ctx);
  if ("networks" in node) return networksTable(ctx);
  const unknown: never = node;
  throw new Error(`unknown outline node ${JSON.stringify(unknown)}`);
}

/**
 * A real TOC field over the heading styles. docx writes its result with an
 * entry per heading (numbers, and page numbers from its layout of the pages),
 * so Word, LibreOffice and Google Docs show it as it is, without asking to
 * update fields, and Word's Update Table rebuilds it as any TOC.
 */
function tableOfContents(title: string, ctx: RenderContext): FileChild[] {
  const pieces = ctx.fill(title);
  const text = pieces.map((p) => (p.kind === "text" ? p.text : "")).join("");
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: [new TextRun(text)] }),
    new TableOfContents(text, { hyperlink: true, headingStyleRange: `1-${DEEPEST_LEVEL}` }),
  ];
}
