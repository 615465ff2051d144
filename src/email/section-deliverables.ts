/** Deliverables that are overdue or fall due within 30 days of the as-of date. */
import type { Deliverable } from "../domain/model.ts";
import { daysBetween } from "../indicators/calendar.ts";
import type { Row, Section } from "./content.ts";
import { dueDeliverables } from "./facts-index.ts";
import { firstRows, rowsOf } from "./first-rows.ts";
import { LIMITS, field } from "./safe-text.ts";
import { inScope, ownerName, type Scope, type SummaryFacts } from "./scope.ts";
import { texts } from "./texts.ts";

export const MAX_DELIVERABLE_ROWS = 20;

export function deliverablesSection(facts: SummaryFacts, scope: Scope): Section {
  const { asOf } = facts.status;
  const due = dueDeliverables(facts);
  const inView = (ds: readonly Deliverable[]) => (scope.all ? ds : ds.filter((d) => inScope(scope, d.owner)));
  const row = (d: Deliverable, late: boolean): Row => ({
    label: field(d.title, LIMITS.title),
    cells: [
      d.due,
      late ? texts.deliverables.overdue(daysBetween(d.due, asOf)) : texts.deliverables.dueIn(daysBetween(asOf, d.due)),
      ownerName(facts.programme, d.owner),
    ],
    toneCell: 1,
    tone: late ? "bad" : "warn",
  });
  const { rows, left } = firstRows([rowsOf(inView(due.overdue), (d) => row(d, true)), rowsOf(inView(due.soon), (d) => row(d, false))], MAX_DELIVERABLE_ROWS);
  return {
    title: texts.deliverables.title,
    columns: texts.deliverables.columns,
    rows,
    empty: texts.deliverables.empty,
    ...(left > 0 ? { more: texts.more(left) } : {}),
  };
}
