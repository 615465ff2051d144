/**
 * For a block owner: activities still `planerad` although their date has
 * passed. They stay planned in every count (src/indicators/period.ts); the
 * owner is asked to give them the status they have.
 */
import { plannedDatePassed } from "../indicators/period.ts";
import type { Activity } from "../domain/model.ts";
import type { Row, Section } from "./content.ts";
import { perRun, rowsByBlock, rowsInScope, type RowsByBlock } from "./facts-index.ts";
import { LIMITS, field } from "./safe-text.ts";
import type { Scope, SummaryFacts } from "./scope.ts";
import { texts } from "./texts.ts";

export const MAX_PASSED_ROWS = 20;

/** The owner's planned activities whose date has passed, oldest first; `undefined` when none (or for the overview). */
export function plannedPassedSection(facts: SummaryFacts, scope: Scope): Section | undefined {
  if (scope.all) return undefined;
  const passed = rowsInScope(perRun(facts, allPlannedPassed), scope);
  if (passed.length === 0) return undefined;
  const rows: Row[] = passed.slice(0, MAX_PASSED_ROWS).map((a) => ({
    label: `${field(a.id, LIMITS.value)} ${field(a.title, LIMITS.title)}`,
    cells: [a.date, texts.passed.status],
    toneCell: 1,
    tone: "warn",
  }));
  return {
    id: "datum-passerat",
    title: texts.passed.title,
    note: texts.passed.note,
    columns: texts.passed.columns,
    rows,
    ...(passed.length > MAX_PASSED_ROWS ? { more: texts.more(passed.length - MAX_PASSED_ROWS) } : {}),
  };
}

/** Every block's planned activities whose date has passed, oldest first, ties in sheet order: each owner's are a part of it. */
function allPlannedPassed(facts: SummaryFacts): RowsByBlock<Activity> {
  const { asOf } = facts.status;
  const passed = facts.programme.activities
    .filter((a) => plannedDatePassed(a, asOf))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return rowsByBlock(passed, (a) => a.owner);
}
