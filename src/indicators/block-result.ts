import type { Activity, BlockRow, Deliverable, WorkbookInfo } from "../domain/model.ts";
import { daysBetween, stockholmDate } from "./calendar.ts";
import { countActivities, type Period } from "./activity-counts.ts";
import { THRESHOLDS } from "./thresholds.ts";
import type { BlockResult, DeliverableDue } from "./types.ts";
import { BLOCK_STATUS, DELIVERABLE_STATUS } from "../../sheets-schema/vocabulary.ts";

/** A building block or cross-cutting area: its activities and deliverables, and how fresh its workbook is. */
export function blockResult(
  block: BlockRow,
  activitiesInPeriod: readonly Activity[],
  deliverables: readonly Deliverable[],
  due: readonly DeliverableDue[],
  workbook: WorkbookInfo | undefined,
  period: Period,
  asOf: string,
): BlockResult {
  const activities = countActivities(
    activitiesInPeriod.filter((a) => a.owner === block.id),
    asOf,
  );
  const own = deliverables.filter((d) => d.owner === block.id);
  const ownDue = due.filter((d) => d.deliverable.owner === block.id);
  const modified = workbook?.modifiedAt ? stockholmDate(workbook.modifiedAt) : undefined;
  const daysSince = modified ? Math.max(0, daysBetween(modified, asOf)) : undefined;
  return {
    id: block.id,
    name: block.name,
    kind: block.kind,
    status: block.status,
    heading: block.heading ?? block.name,
    ...(block.owner ? { owner: block.owner } : {}),
    ...(block.ownerEmail ? { ownerEmail: block.ownerEmail } : {}),
    activities,
    deliverables: {
      due: own.filter((d) => d.status !== DELIVERABLE_STATUS.cancelled && d.due >= period.start && d.due <= period.end).length,
      overdue: ownDue.filter((d) => d.state === "overdue").length,
      done: own.filter((d) => d.status === DELIVERABLE_STATUS.delivered && (d.deliveredOn ?? d.due) <= asOf).length,
      dueSoon: ownDue.filter((d) => d.state === "due-soon").length,
    },
    ...(workbook?.modifiedAt ? { workbookModifiedAt: workbook.modifiedAt } : {}),
    ...(daysSince !== undefined ? { daysSinceWorkbookChanged: daysSince } : {}),
    workbookStale: block.status !== BLOCK_STATUS.startsLater && (daysSince ?? 0) > THRESHOLDS.workbookStaleDays,
    readable: workbook?.readable ?? true,
    notStarted: block.status === BLOCK_STATUS.startsLater,
  };
}
