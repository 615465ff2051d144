/**
 * Each indicator's course across the report dates as a native Word line
 * chart (data in an embedded workbook, like the bar chart), one line per
 * indicator, as progress towards its target so that different units share
 * one axis; the alt text says every value the picture shows.
 */
import { Paragraph, TextRun } from "docx";
import { ChartRun } from "docx/charts";
import { formatPercent } from "../../text/swedish.ts";
import type { RenderContext } from "../context.ts";
import { COURSE_CHART } from "../labels.ts";
import { bodyParagraph } from "../paragraphs.ts";
import { FONTS, STYLE } from "../styles.ts";

const PIXELS_WIDE = 600;
const PIXELS_HIGH = 360;
const LABEL_LENGTH = 40;

export function indicatorCourseChart(ctx: RenderContext): Paragraph[] {
  const course = ctx.status.course;
  const lines = (course?.indicators ?? []).filter((i) => i.progress.some((p) => p !== null));
  if (!course || lines.length === 0) return [bodyParagraph([new TextRun(COURSE_CHART.noData)])];
  const categories = course.points.map((p) => `Rapport ${p.report}\n${p.date}`.replace("\n", " "));
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
  const labels = lines.map((i) => shorten(`${i.id} ${i.name}`));
  const description = COURSE_CHART.altDescription(
    categories,
    lines.map((i, n) =>
      COURSE_CHART.altItem(
        labels[n] ?? i.id,
        i.progress.map((p) => (p === null ? COURSE_CHART.unknown : formatPercent(p))),
      ),
    ),
  );
  const chart = new ChartRun({
    type: "line",
    markers: true,
    categories,
    series: lines.map((i, n) => ({ name: labels[n] ?? i.id, values: i.progress.map(percent) })),
    valueAxis: { title: COURSE_CHART.axis, numberFormat: '0" %"', font: { size: 8 } },
    categoryAxis: { font: { size: 8 } },
    legend: { position: "bottom" },
    font: { name: FONTS.heading },
    transformation: { width: PIXELS_WIDE, height: PIXELS_HIGH },
    altText: { name: COURSE_CHART.altTitle, title: COURSE_CHART.altTitle, description },
  });
  return [
    new Paragraph({ style: STYLE.caption, children: [new TextRun(COURSE_CHART.caption)] }),
    new Paragraph({ keepLines: true, children: [chart] }),
  ];
}

function shorten(label: string): string {
  return label.length <= LABEL_LENGTH ? label : `${label.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}
