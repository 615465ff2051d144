/**
 * What every recipient's summary of one run looks up, worked out once per run
 * (per facts object) instead of once per recipient: the deliverables due, as
 * the status picture found them, and the problems of each workbook.
 */
import type { DeliverableDue } from "../indicators/types.ts";
import { countProblems, type Problem } from "../validation/problem.ts";
import type { SummaryFacts } from "./scope.ts";

export interface DueDeliverables {
  /** Open and due before the as-of date, earliest first (ties in sheet order). */
  readonly overdue: readonly DeliverableDue[];
  /** Open and due from the as-of date to THRESHOLDS.dueSoonDays after it, earliest first. */
  readonly soon: readonly DeliverableDue[];
}

const due = new WeakMap<SummaryFacts, DueDeliverables>();

/** The status picture's deliverables due, split once per run (the picture decides which they are). */
export function dueDeliverables(facts: SummaryFacts): DueDeliverables {
  const known = due.get(facts);
  if (known) return known;
  const all = facts.status.deliverablesDue;
  const found = { overdue: all.filter((d) => d.state === "overdue"), soon: all.filter((d) => d.state === "due-soon") };
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
  for (const name of new Set(workbooks)) errors += countProblems(problemsOf(problems, name)).error;
  return errors;
}
