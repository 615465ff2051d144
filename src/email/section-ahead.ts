/**
 * For a block owner: rows in their workbook dated after the as-of date. They
 * count from the first summary whose as-of date reaches them, so the owner is
 * told why a value entered ahead of time is not shown yet.
 */
import type { Activity, Measurement, Owner } from "../domain/model.ts";
import type { IndicatorResult } from "../indicators/types.ts";
import type { Row, Section } from "./content.ts";
import { perRun, rowsByBlock, rowsInScope, type RowsByBlock } from "./facts-index.ts";
import { number } from "./format.ts";
import { LIMITS, field } from "./safe-text.ts";
import type { Scope, SummaryFacts } from "./scope.ts";
import { texts } from "./texts.ts";
import { ACTIVITY_STATUS } from "../../sheets-schema/vocabulary.ts";

/** A row dated after the as-of date, with the block it is shown to (a measurement's is its indicator's). */
type Ahead =
  | { readonly block: Owner | undefined; readonly date: string; readonly measurement: Measurement; readonly unit: string | undefined }
  | { readonly block: Owner | undefined; readonly date: string; readonly activity: Activity };

/** The owner's rows dated after the as-of date, or `undefined` when there are none (or the summary is the overview). */
export function aheadSection(facts: SummaryFacts, scope: Scope): Section | undefined {
  if (scope.all) return undefined;
  const rows = rowsInScope(perRun(facts, allAhead), scope).map(rowOf);
  if (rows.length === 0) return undefined;
  const { asOf } = facts.status;
  return { id: "daterat-efter", title: texts.ahead.title, note: texts.ahead.note(asOf), columns: texts.ahead.columns, rows };
}

/**
 * Every block's rows dated after the as-of date, earliest first; on the same
 * date measurements before activities, each in sheet order. Each owner's rows
 * are a part of it, in the same order.
 */
function allAhead(facts: SummaryFacts): RowsByBlock<Ahead> {
  const { programme, status } = facts;
  const later = (date: string) => date > status.asOf;
  const indicators = new Map<string, IndicatorResult>(status.indicators.map((i) => [i.id, i]));
  const ahead: Ahead[] = [];
  for (const m of programme.measurements) {
    if (!later(m.date)) continue;
    const indicator = indicators.get(m.indicator);
    ahead.push({ block: indicator?.block ?? m.owner, date: m.date, measurement: m, unit: indicator?.unit });
  }
  // A planned or cancelled activity may well lie ahead; one said to be going on or done may not.
  for (const a of programme.activities) {
    if (!later(a.date) || a.status === ACTIVITY_STATUS.planned || a.status === ACTIVITY_STATUS.cancelled) continue;
    ahead.push({ block: a.owner, date: a.date, activity: a });
  }
  ahead.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return rowsByBlock(ahead, (r) => r.block);
}

function rowOf(r: Ahead): Row {
  if ("measurement" in r) {
    const m = r.measurement;
    return {
      label: texts.ahead.measurement,
      cells: [`${field(m.indicator, LIMITS.value)}: ${number(m.value)}${r.unit ? ` ${field(r.unit, LIMITS.value)}` : ""}`, m.date],
    };
  }
  const a = r.activity;
  return { label: texts.ahead.activity, cells: [`${field(a.id, LIMITS.value)} ${field(a.title, LIMITS.title)} (${a.status})`, a.date] };
}
