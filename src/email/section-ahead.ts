/**
 * For a block owner: rows in their workbook dated after the as-of date. They
 * count from the first summary whose as-of date reaches them, so the owner is
 * told why a value entered ahead of time is not shown yet.
 */
import type { Row, Section } from "./content.ts";
import { number } from "./format.ts";
import { LIMITS, field } from "./safe-text.ts";
import { inScope, type Scope, type SummaryFacts } from "./scope.ts";
import { texts } from "./texts.ts";
import { ACTIVITY_STATUS } from "../../sheets-schema/vocabulary.ts";

/** The owner's rows dated after the as-of date, or `undefined` when there are none (or the summary is the overview). */
export function aheadSection(facts: SummaryFacts, scope: Scope): Section | undefined {
  if (scope.all) return undefined;
  const { programme, status } = facts;
  const later = (date: string) => date > status.asOf;
  const indicators = new Map(status.indicators.map((i) => [i.id, i]));
  const rows: Row[] = [];
  for (const m of programme.measurements) {
    const block = indicators.get(m.indicator)?.block ?? m.owner;
    if (!later(m.date) || !inScope(scope, block)) continue;
    const unit = indicators.get(m.indicator)?.unit;
    rows.push({
      label: texts.ahead.measurement,
      cells: [`${field(m.indicator, LIMITS.value)}: ${number(m.value)}${unit ? ` ${field(unit, LIMITS.value)}` : ""}`, m.date],
    });
  }
  // A planned or cancelled activity may well lie ahead; one said to be going on or done may not.
  for (const a of programme.activities) {
    if (!later(a.date) || !inScope(scope, a.owner) || a.status === ACTIVITY_STATUS.planned || a.status === ACTIVITY_STATUS.cancelled)
      continue;
    rows.push({
      label: texts.ahead.activity,
      cells: [`${field(a.id, LIMITS.value)} ${field(a.title, LIMITS.title)} (${a.status})`, a.date],
    });
  }
  if (rows.length === 0) return undefined;
  rows.sort((x, y) => (x.cells[1]! < y.cells[1]! ? -1 : x.cells[1]! > y.cells[1]! ? 1 : 0));
  return { id: "daterat-efter", title: texts.ahead.title, note: texts.ahead.note(status.asOf), columns: texts.ahead.columns, rows };
}
