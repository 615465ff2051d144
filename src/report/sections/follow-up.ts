/**
 * How a report follows up the one before: indicator values then and now,
 * what is new per block (and which blocks have started since), and what
 * became of earlier recommendations. Drawn only when there is a report before.
 */
import { type Paragraph, type Table, TextRun } from "docx";
import type { RecommendationFate } from "../../indicators/follow-up.ts";
import { formatDateLong, formatNumber, joinList } from "../../text/swedish.ts";
import type { RenderContext } from "../context.ts";
import { FOLLOW_UP, TABLES } from "../labels.ts";
import { markupParagraphs } from "../markup-runs.ts";
import { bodyParagraph } from "../paragraphs.ts";
import { dataTable, type CellValue } from "../tables.ts";

export function followUpIndicators(ctx: RenderContext): (Paragraph | Table)[] {
  const followUp = ctx.status.followUp;
  if (!followUp) return [];
  const { previous } = followUp;
  const [name, then, now, change] = FOLLOW_UP.indicators.headers(previous.title);
  const value = (v: { value: number; date: string } | undefined, unit: string) =>
    v ? `${withUnit(v.value, unit)}\n${v.date}` : TABLES.none;
  const rows: CellValue[][] = followUp.indicators.map((i) => [
    `${i.id} ${i.name}`,
    value(i.previous, i.unit),
    value(i.now, i.unit),
    i.change === undefined ? TABLES.none : signed(i.change, i.unit),
  ]);
  if (rows.length === 0) return [];
  return [
    bodyParagraph([
      new TextRun(FOLLOW_UP.indicators.intro(previous.title, formatDateLong(previous.date), formatDateLong(ctx.status.asOf))),
    ]),
    ...dataTable(
      FOLLOW_UP.indicators.caption(previous.title),
      [
        { header: name, width: 0.4 },
        { header: then, width: 0.2, numeric: true },
        { header: now, width: 0.2, numeric: true },
        { header: change, width: 0.2, numeric: true },
      ],
      rows,
    ),
  ];
}

export function followUpBlocks(ctx: RenderContext): (Paragraph | Table)[] {
  const followUp = ctx.status.followUp;
  if (!followUp) return [];
  const { previous, startedSince } = followUp;
  const [name, added, completed, delivered] = FOLLOW_UP.blocks.headers;
  const n = (x: number) => formatNumber(x, 0);
  const rows: CellValue[][] = followUp.blocks.map((b) => [b.name, n(b.newActivities), n(b.completed), n(b.delivered)]);
  const started =
    startedSince.length > 0
      ? FOLLOW_UP.blocks.started(joinList(startedSince), startedSince.length, previous.title)
      : FOLLOW_UP.blocks.noneStarted(previous.title);
  return [
    bodyParagraph([new TextRun(`${FOLLOW_UP.blocks.intro(previous.title, formatDateLong(previous.periodEnd))} ${started}`)]),
    ...dataTable(
      FOLLOW_UP.blocks.caption(previous.title),
      [
        { header: name, width: 0.4 },
        { header: added, width: 0.2, numeric: true },
        { header: completed, width: 0.2, numeric: true },
        { header: delivered, width: 0.2, numeric: true },
      ],
      rows,
    ),
  ];
}

/** Earlier recommendations (`earlier`) or every one up to this report (`all`, the slutrapport), with status and response. */
export function recommendationFates(which: "earlier" | "all", ctx: RenderContext): (Paragraph | Table)[] {
  const fates = which === "earlier" ? (ctx.status.followUp?.recommendations ?? []) : (ctx.status.recommendations ?? []);
  if (which === "earlier" && !ctx.status.followUp) return [];
  if (fates.length === 0) return [bodyParagraph([new TextRun(FOLLOW_UP.recommendations.none)])];
  const [recommendation, given, status] = FOLLOW_UP.recommendations.headers;
  const rows: CellValue[][] = fates.map((f) => [`${f.id} ${f.title} (${f.recipient})`, String(f.report), statusText(f)]);
  const responses = fates.filter((f) => f.response !== undefined);
  return [
    ...dataTable(
      FOLLOW_UP.recommendations.caption(ctx.report.title),
      [
        { header: recommendation, width: 0.6 },
        { header: given, width: 0.15, numeric: true },
        { header: status, width: 0.25 },
      ],
      rows,
    ),
    ...responses.flatMap((f) => [
      bodyParagraph([new TextRun({ text: FOLLOW_UP.recommendations.responseHeading(f.id, f.recipient), bold: true })], { keepNext: true }),
      ...markupParagraphs(f.response ?? "", ctx),
    ]),
  ];
}

function statusText(f: RecommendationFate): string {
  return f.statusReport === undefined ? f.status : `${f.status}\n${FOLLOW_UP.recommendations.statusIn(f.statusReport)}`;
}

function withUnit(value: number, unit: string): string {
  return unit === "antal" ? formatNumber(value) : `${formatNumber(value)} ${unit}`;
}

/** `+2`, `−1,5 månader`, `0`; a change of a share in percent is in percentage points. */
function signed(value: number, unit: string): string {
  return `${value > 0 ? "+" : ""}${withUnit(value, unit === "procent" ? "procentenheter" : unit)}`;
}
