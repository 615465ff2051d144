/**
 * What every recipient's summary of one run looks up, worked out once per run
 * (per facts object) instead of once per recipient: the open deliverables by
 * due date, and the problems of each workbook.
 */
import type { Deliverable } from "../domain/model.ts";
import { addDays } from "../indicators/calendar.ts";
import { THRESHOLDS } from "../indicators/thresholds.ts";
import type { Problem } from "../validation/problem.ts";
import type { SummaryFacts } from "./scope.ts";

export interface DueDeliverables {
  /** Open and due before the as-of date, earliest first (ties in sheet order). */
  readonly overdue: readonly Deliverable[];
  /** Open and due from the as-of date to 30 days after it, earliest first. */
  readonly soon: readonly Deliverable[];
}

const due = new WeakMap<SummaryFacts, DueDeliverables>();

export function dueDeliverables(facts: SummaryFacts): DueDeliverables {
  const known = due.get(facts);
  if (known) return known;
  const { asOf } = facts.status;
  const soonLimit = addDays(asOf, THRESHOLDS.dueSoonDays);
  const open = facts.programme.deliverables.filter((d) => d.status !== "levererad" && d.status !== "inställd");
  const byDue = (a: Deliverable, b: Deliverable) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  const found = {
    overdue: open.filter((d) => d.due < asOf).sort(byDue),
    soon: open.filter((d) => d.due >= asOf && d.due <= soonLimit).sort(byDue),
  };
  due.set(facts, found);
  return found;
}

const byWorkbook = new WeakMap<readonly Problem[], ReadonlyMap<string, readonly Problem[]>>();

/** The problems of one workbook, in the order validation found them. */
export function problemsOf(problems: readonly Problem[], workbook: string): readonly Problem[] {
  let groups = byWorkbook.get(problems);
  if (!groups) {
    const grouped = new Map<string, Problem[]>();
    for (const p of problems) {
      const group = grouped.get(p.workbook);
      if (group) group.push(p);
      else grouped.set(p.workbook, [p]);
    }
    groups = grouped;
    byWorkbook.set(problems, groups);
  }
  return groups.get(workbook) ?? [];
}

/** How many errors the workbooks have. */
export function errorsIn(problems: readonly Problem[], workbooks: Iterable<string>): number {
  let errors = 0;
  for (const name of new Set(workbooks)) for (const p of problemsOf(problems, name)) if (p.severity === "error") errors += 1;
  return errors;
}
