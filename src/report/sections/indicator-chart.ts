/**
 * Progress per indicator as a native Word bar chart (its data in an embedded
 * workbook, so a manager can restyle or edit it), with a Swedish alt text that
 * says everything the picture shows.
 */
import { Paragraph, TextRun } from "docx";
import { ChartRun } from "docx/charts";
import type { IndicatorResult } from "../../indicators/types.ts";
import { formatPercent } from "../../text/swedish.ts";
import type { RenderContext } from "../context.ts";
import { captionParagraph } from "../captions.ts";
import { CHART } from "../labels.ts";
import { bodyParagraph } from "../paragraphs.ts";
import { FONTS } from "../styles.ts";

const PIXELS_WIDE = 600;

export function indicatorChart(ctx: RenderContext): Paragraph[] {
  const shown = ctx.status.indicators.filter((i): i is IndicatorResult & { progress: number } => i.progress !== undefined);
  if (shown.length === 0) return [bodyParagraph([new TextRun(CHART.noData)])];
  // Full names, wrapped by Word and LibreOffice on the axis: a cut label hides what is measured.
  const labels = shown.map((i) => `${i.id} ${i.name}`);
  const percent = (share: number | undefined) => (share === undefined ? null : Math.round(share * 100));
  const description = CHART.altDescription(
    ctx.status.asOf,
    shown.map((i, n) =>
      CHART.altItem(
        labels[n] ?? i.id,
        formatPercent(i.progress),
        i.expectedProgress === undefined ? CHART.unknown : formatPercent(i.expectedProgress),
      ),
    ),
  );
  ctx.noteFigure({ title: CHART.altTitle, description });
  const chart = new ChartRun({
    type: "bar",
    categories: labels,
    series: [
      { name: CHART.achieved, values: shown.map((i) => percent(i.progress)), color: "1F4E79" },
      { name: CHART.expected, values: shown.map((i) => percent(i.expectedProgress)), color: "A6A6A6" },
    ],
    // Word draws the first category at the bottom; reversed, the list reads top-down like the table.
    categoryAxis: { reverseOrder: true, font: { size: 8 } },
    // With the categories reversed, the value axis crosses at the last one: at the bottom, where readers look for it.
    valueAxis: { title: CHART.axis, numberFormat: '0" %"', font: { size: 8 }, crossesAt: "maximum" },
    dataLabels: { value: true, numberFormat: '0" %"', position: "outsideEnd", font: { size: 7 } },
    legend: { position: "bottom" },
    font: { name: FONTS.heading },
    transformation: { width: PIXELS_WIDE, height: 90 + 42 * shown.length },
    altText: { name: CHART.altTitle, title: CHART.altTitle, description },
  });
  return [
    captionParagraph("figure", CHART.caption(ctx.status.asOf) + (shown.length < ctx.status.indicators.length ? ` ${CHART.leftOut}` : "")),
    new Paragraph({ keepLines: true, children: [chart] }),
  ];
}
