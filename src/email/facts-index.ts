/**
 * What every recipient's summary of one run looks up, worked out once per run
 * instead of once per recipient: the deliverables due, as the status picture
 * found them, the problems of each workbook, and whatever a section selects
 * from all rows before it narrows them to a recipient (`perRun`).
 */
import type { Owner, Programme } from "../domain/model.ts";
import { groupBy } from "../indicators/group.ts";
import type { DeliverableDue, StatusPicture } from "../indicators/types.ts";
import { countProblems, type Problem, type ProblemCounts } from "../validation/problem.ts";
import type { Changes } from "../weekly/changes.ts";
import { inScope, type Scope, type SummaryFacts } from "./scope.ts";

interface Run {
  readonly programme: Programme;
  readonly problems: readonly Problem[];
  readonly changes: Changes | undefined;
  readonly values: Map<unknown, unknown>;
}

const runs = new WeakMap<StatusPicture, Run>();

/**
 * `select(facts)`, worked out once for a run's programme, problems, status
 * picture and changes, the only facts `select` may use: every recipient's
 * facts share them (a recipient's copy with web links too), so a section
 * scans all rows once per run, then narrows the result.
 */
export function perRun<T>(facts: SummaryFacts, select: (facts: SummaryFacts) => T): T {
  let run = runs.get(facts.status);
  if (!run || run.programme !== facts.programme || run.problems !== facts.problems || run.changes !== facts.changes) {
    run = { programme: facts.programme, problems: facts.problems, changes: facts.changes, values: new Map() };
    runs.set(facts.status, run);
  }
  if (run.values.has(select)) return run.values.get(select) as T;
  const value = select(facts);
  run.values.set(select, value);
  return value;
}

export interface DueDeliverables {
  /** Open and due before the as-of date, earliest first (ties in sheet order). */
  readonly overdue: readonly DeliverableDue[];
  /** Open and due from the as-of date to THRESHOLDS.dueSoonDays after it, earliest first. */
  readonly soon: readonly DeliverableDue[];
}

/** A run's list of rows, and the same rows by the block each is shown to, in the list's order. */
export interface RowsByBlock<T> {
  readonly all: readonly T[];
  readonly blockOf: (row: T) => Owner | undefined;
  readonly byBlock: ReadonlyMap<Owner | undefined, readonly T[]>;
}

export function rowsByBlock<T>(all: readonly T[], blockOf: (row: T) => Owner | undefined): RowsByBlock<T> {
  return { all, blockOf, byBlock: groupBy(all, (row) => [blockOf(row)]) };
}

/** The rows in a recipient's scope, in the list's order: one block's are its group, several blocks' a filter of the list. */
export function rowsInScope<T>(rows: RowsByBlock<T>, scope: Scope): readonly T[] {
  if (scope.all) return rows.all;
  const [only, ...more] = scope.blocks;
  if (only !== undefined && more.length === 0) return rows.byBlock.get(only) ?? [];
  return rows.all.filter((row) => inScope(scope, rows.blockOf(row)));
}

/** The status picture's deliverables due, split once per run (the picture decides which they are). */
export function dueDeliverables(facts: SummaryFacts): DueDeliverables {
  return perRun(facts, splitDue);
}

function splitDue(facts: SummaryFacts): DueDeliverables {
  const all = facts.status.deliverablesDue;
  return { overdue: all.filter((d) => d.state === "overdue"), soon: all.filter((d) => d.state === "due-soon") };
}

interface WorkbookProblems {
  readonly problems: readonly Problem[];
  readonly counts: ProblemCounts;
}

const byWorkbook = new WeakMap<readonly Problem[], ReadonlyMap<string, WorkbookProblems>>();

/** The problems grouped by workbook, and counted, once per list of problems. */
function workbookProblems(problems: readonly Problem[], workbook: string): WorkbookProblems | undefined {
  let groups = byWorkbook.get(problems);
  if (!groups) {
    const grouped = new Map<string, Problem[]>();
    for (const p of problems) {
      const group = grouped.get(p.workbook);
      if (group) group.push(p);
      else grouped.set(p.workbook, [p]);
    }
    groups = new Map([...grouped].map(([name, own]) => [name, { problems: own, counts: countProblems(own) }]));
    byWorkbook.set(problems, groups);
  }
  return groups.get(workbook);
}

/** The problems of one workbook, in the order validation found them. */
export function problemsOf(problems: readonly Problem[], workbook: string): readonly Problem[] {
  return workbookProblems(problems, workbook)?.problems ?? [];
}

/** How many errors the workbooks have. */
export function errorsIn(problems: readonly Problem[], workbooks: Iterable<string>): number {
  let errors = 0;
  for (const name of new Set(workbooks)) errors += workbookProblems(problems, name)?.counts.error ?? 0;
  return errors;
}
