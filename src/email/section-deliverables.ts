/** The deliverables the status picture found overdue or due soon, in scope. */
import type { DeliverableDue } from "../indicators/types.ts";
import type { Row, Section } from "./content.ts";
import { dueDeliverables } from "./facts-index.ts";
import { firstRows, rowsOf } from "./first-rows.ts";
import { LIMITS, field } from "./safe-text.ts";
import { inScope, ownerName, type Scope, type SummaryFacts } from "./scope.ts";
import { SECTION_IDS } from "./section-ids.ts";
import { texts } from "./texts.ts";

export const MAX_DELIVERABLE_ROWS = 20;

export function deliverablesSection(facts: SummaryFacts, scope: Scope): Section {
  const due = dueDeliverables(facts);
  const inView = (ds: readonly DeliverableDue[]) => (scope.all ? ds : ds.filter((d) => inScope(scope, d.deliverable.owner)));
  const row = ({ deliverable: d, state, days }: DeliverableDue): Row => ({
    label: field(d.title, LIMITS.title),
    cells: [
      d.due,
      state === "overdue" ? texts.deliverables.overdue(days) : texts.deliverables.dueIn(days),
      ownerName(facts.programme, d.owner),
    ],
    toneCell: 1,
    tone: state === "overdue" ? "bad" : "warn",
  });
  const { rows, left } = firstRows([rowsOf(inView(due.overdue), row), rowsOf(inView(due.soon), row)], MAX_DELIVERABLE_ROWS);
  return {
    id: SECTION_IDS.deliverables,
    title: texts.deliverables.title,
    columns: texts.deliverables.columns,
    rows,
    empty: texts.deliverables.empty,
    ...(left > 0 ? { more: texts.more(left) } : {}),
  };
}
