import type { Assignment, BudgetYear } from "../domain/model.ts";
import { daysInclusive, elapsedShare } from "./calendar.ts";
import { round6 } from "./round.ts";
import type { AssignmentResult, BudgetYearResult } from "./types.ts";

/** How far the assignment has come on the as-of date, and how the budget is being spent. */
export function assignmentResult(assignment: Assignment, budget: readonly BudgetYear[], asOf: string): AssignmentResult {
  const daysTotal = daysInclusive(assignment.start, assignment.end);
  const daysElapsed = Math.min(daysTotal, daysInclusive(assignment.start, asOf));
  const years = [...budget].sort((a, b) => a.year - b.year).map((y) => yearResult(y, assignment, asOf));
  const asOfYear = Number(asOf.slice(0, 4));
  const toDate = years.filter((y) => y.year <= asOfYear);
  const allocatedToDate = sum(toDate.map((y) => y.allocated));
  const spentTotal = sum(years.map((y) => y.spent ?? 0));
  const evenPace = sum(toDate.map((y) => y.allocated * y.yearElapsedShare));
  return {
    start: assignment.start,
    end: assignment.end,
    daysTotal,
    daysElapsed,
    elapsedShare: share(daysElapsed, daysTotal) ?? 0,
    budget: {
      years,
      allocatedTotal: sum(years.map((y) => y.allocated)),
      spentTotal,
      allocatedToDate,
      ...optional("spentShareToDate", share(spentTotal, allocatedToDate)),
      ...optional("expectedShareToDate", share(evenPace, allocatedToDate)),
    },
  };
}

function yearResult(y: BudgetYear, assignment: Assignment, asOf: string): BudgetYearResult {
  // A year's money is for the part of the year the assignment runs.
  const start = maxDate(`${y.year}-01-01`, assignment.start);
  const end = minDate(`${y.year}-12-31`, assignment.end);
  return {
    year: y.year,
    allocated: y.allocated,
    ...(y.spent !== undefined ? { spent: y.spent } : {}),
    status: y.status,
    ...optional("spentShare", y.spent !== undefined ? share(y.spent, y.allocated) : undefined),
    yearElapsedShare: start <= end ? round6(elapsedShare(start, end, asOf)) : asOf > end ? 1 : 0,
  };
}

function share(part: number, whole: number): number | undefined {
  return whole > 0 ? round6(part / whole) : undefined;
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);
