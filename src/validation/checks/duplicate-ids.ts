import { cellOf, type Located } from "../located.ts";
import { problem } from "../problem.ts";
import { acrossWorkbooks, type AllRows } from "./all-rows.ts";
import { placeText, type Finding } from "./finding.ts";

/** Ids that must be unique: within the central sheets, and across all workbooks for follow-up rows and sources. */
export function duplicateIds(all: AllRows): Finding[] {
  const c = all.central;
  return [
    ...duplicatesBy(c.goals, "id", (r) => r.id),
    ...duplicatesBy(c.blocks, "id", (r) => r.id),
    ...duplicatesBy(c.reports, "number", (r) => String(r.number)),
    ...duplicatesBy(c.recommendations, "id", (r) => r.id),
    ...duplicatesBy(c.indicators, "id", (r) => r.id),
    ...duplicatesBy(c.budget, "year", (r) => String(r.year)),
    ...duplicatesBy(c.tools, "tool", (r) => r.tool),
    ...duplicatesBy(c.recipients, "email", (r) => r.email.toLowerCase()),
    ...duplicatesBy(acrossWorkbooks(all, "sources"), "id", (r) => r.id),
    ...duplicatesBy(acrossWorkbooks(all, "activities"), "id", (r) => r.id),
    ...duplicatesBy(acrossWorkbooks(all, "deliverables"), "id", (r) => r.id),
  ];
}

function duplicatesBy<T>(rows: readonly Located<T>[], field: string, keyOf: (row: T) => string): Finding[] {
  const first = new Map<string, Located<T>>();
  const findings: Finding[] = [];
  for (const row of rows) {
    const key = keyOf(row.value);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      continue;
    }
    findings.push({ row, problem: problem("id-duplicate", cellOf(row.at, field), { value: key, other: placeText(earlier) }) });
  }
  return findings;
}
