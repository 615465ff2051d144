/** Which deliverables need attention on the as-of date: overdue, or due within THRESHOLDS.dueSoonDays. Computed here only. */
import type { Deliverable } from "../domain/model.ts";
import { addDays, daysBetween } from "./calendar.ts";
import type { DeliverableDue } from "./types.ts";
import { DELIVERABLE_STATUS } from "../../sheets-schema/vocabulary.ts";

/** Not delivered and not cancelled. */
export function isOpen(d: Deliverable): boolean {
  return d.status !== DELIVERABLE_STATUS.delivered && d.status !== DELIVERABLE_STATUS.cancelled;
}

/** The open deliverables overdue or due soon, the late ones first, each by due date. */
export function deliverablesDue(deliverables: readonly Deliverable[], asOf: string, dueSoonDays: number): DeliverableDue[] {
  const soonLimit = addDays(asOf, dueSoonDays);
  const byDue = (a: Deliverable, b: Deliverable) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  const open = deliverables.filter(isOpen).sort(byDue);
  const overdue = open
    .filter((d) => d.due < asOf)
    .map((d) => ({ deliverable: d, state: "overdue" as const, days: daysBetween(d.due, asOf) }));
  const soon = open
    .filter((d) => d.due >= asOf && d.due <= soonLimit)
    .map((d) => ({ deliverable: d, state: "due-soon" as const, days: daysBetween(asOf, d.due) }));
  return [...overdue, ...soon];
}
