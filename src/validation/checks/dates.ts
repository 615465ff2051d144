import { cellOf, type Located } from "../located.ts";
import { problem } from "../problem.ts";
import { acrossWorkbooks, type AllRows } from "./all-rows.ts";
import type { Finding } from "./finding.ts";

/** Dates in the wrong order, and follow-up dates outside the assignment's period. */
export function dateProblems(all: AllRows): Finding[] {
  const findings: Finding[] = [];
  const order = <T>(
    row: Located<T>,
    start: string | undefined,
    end: string | undefined,
    endField: string,
    code: "date-order" | "period-order" | "target-before-baseline",
  ) => {
    if (start && end && end < start) findings.push({ row, problem: problem(code, cellOf(row.at, endField), { value: end, other: start }) });
  };
  const assignment = all.central.assignment[0];
  if (assignment) order(assignment, assignment.value.start, assignment.value.end, "end", "date-order");
  for (const r of all.central.reports) order(r, r.value.periodStart, r.value.periodEnd, "periodEnd", "period-order");
  for (const r of all.central.indicators) order(r, r.value.baselineDate, r.value.targetDate, "targetDate", "target-before-baseline");
  const activities = acrossWorkbooks(all, "activities");
  for (const r of activities) order(r, r.value.date, r.value.endDate, "endDate", "date-order");
  for (const r of acrossWorkbooks(all, "networks")) order(r, r.value.from, r.value.to, "to", "date-order");

  if (assignment && assignment.value.start <= assignment.value.end) {
    const { start, end } = assignment.value;
    const period = `${start} – ${end}`;
    const outside = <T>(row: Located<T>, date: string | undefined, field: string) => {
      if (date && (date < start || date > end)) {
        findings.push({ row, problem: problem("date-outside-assignment", cellOf(row.at, field), { value: date, other: period }) });
      }
    };
    for (const r of activities) {
      outside(r, r.value.date, "date");
      outside(r, r.value.endDate, "endDate");
    }
    for (const r of acrossWorkbooks(all, "deliverables")) outside(r, r.value.due, "due");
    for (const r of all.central.reports) {
      outside(r, r.value.periodStart, "periodStart");
      outside(r, r.value.periodEnd, "periodEnd");
    }
  }
  return findings;
}
