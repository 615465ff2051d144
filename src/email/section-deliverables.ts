/** Deliverables that are overdue or fall due within 30 days of the as-of date. */
import type { Deliverable } from "../domain/model.ts";
import { addDays, daysBetween } from "../indicators/calendar.ts";
import { THRESHOLDS } from "../indicators/thresholds.ts";
import type { Row, Section } from "./content.ts";
import { LIMITS, field } from "./safe-text.ts";
import { inScope, ownerName, type Scope, type SummaryFacts } from "./scope.ts";
import { texts } from "./texts.ts";

export const MAX_DELIVERABLE_ROWS = 20;

export function deliverablesSection(facts: SummaryFacts, scope: Scope): Section {
  const { asOf } = facts.status;
  const soonLimit = addDays(asOf, THRESHOLDS.dueSoonDays);
  const open = facts.programme.deliverables.filter((d) => inScope(scope, d.owner) && d.status !== "levererad" && d.status !== "inställd");
  const byDue = (a: Deliverable, b: Deliverable) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  const overdue = open.filter((d) => d.due < asOf).sort(byDue);
  const soon = open.filter((d) => d.due >= asOf && d.due <= soonLimit).sort(byDue);
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
  const rows = [...overdue.map((d) => row(d, true)), ...soon.map((d) => row(d, false))];
  return {
    title: texts.deliverables.title,
    columns: texts.deliverables.columns,
    rows: rows.slice(0, MAX_DELIVERABLE_ROWS),
    empty: texts.deliverables.empty,
    ...(rows.length > MAX_DELIVERABLE_ROWS ? { more: texts.more(rows.length - MAX_DELIVERABLE_ROWS) } : {}),
  };
}
