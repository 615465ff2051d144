import type { Activity, BlockRow, Deliverable, WorkbookInfo } from "../domain/model.ts";
import { addDays, daysBetween, stockholmDate } from "./calendar.ts";
import type { Period } from "./activity-counts.ts";
import { THRESHOLDS } from "./thresholds.ts";
import type { BlockResult } from "./types.ts";

/** A building block or cross-cutting area: its activities and deliverables, and how fresh its workbook is. */
export function blockResult(
  block: BlockRow,
  activitiesInPeriod: readonly Activity[],
  deliverables: readonly Deliverable[],
  workbook: WorkbookInfo | undefined,
  period: Period,
  asOf: string,
): BlockResult {
  const activities: Record<string, number> = { total: 0 };
  for (const a of activitiesInPeriod) {
    if (a.owner !== block.id) continue;
    activities["total"] = (activities["total"] ?? 0) + 1;
    activities[a.status] = (activities[a.status] ?? 0) + 1;
  }
  const own = deliverables.filter((d) => d.owner === block.id);
  const open = (d: Deliverable) => d.status !== "levererad" && d.status !== "inställd";
  const soon = addDays(asOf, THRESHOLDS.dueSoonDays);
  const modified = workbook?.modifiedAt ? stockholmDate(workbook.modifiedAt) : undefined;
  return {
    id: block.id,
    name: block.name,
    kind: block.kind,
    status: block.status,
    heading: block.heading ?? block.name,
    ...(block.owner ? { owner: block.owner } : {}),
    ...(block.ownerEmail ? { ownerEmail: block.ownerEmail } : {}),
    activities: activities as BlockResult["activities"],
    deliverables: {
      due: own.filter((d) => d.due >= period.start && d.due <= period.end).length,
      overdue: own.filter((d) => open(d) && d.due < asOf).length,
      done: own.filter((d) => d.status === "levererad" && (d.deliveredOn ?? d.due) <= asOf).length,
      dueSoon: own.filter((d) => open(d) && d.due >= asOf && d.due <= soon).length,
    },
    ...(workbook?.modifiedAt ? { workbookModifiedAt: workbook.modifiedAt } : {}),
    ...(modified ? { daysSinceWorkbookChanged: Math.max(0, daysBetween(modified, asOf)) } : {}),
    readable: workbook?.readable ?? true,
    notStarted: block.status === "startar senare",
  };
}
