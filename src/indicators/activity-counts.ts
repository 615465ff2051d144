import type { Activity } from "../domain/model.ts";
import { isCancelled, plannedDatePassed, tookPlace } from "./period.ts";
import type { ActivityCounts } from "./types.ts";

export { activitiesInPeriod, type Period } from "./period.ts";

/** The key activities of the central workbook are counted under in `byBlock`. */
export const COORDINATION = "samordning";

/** Counts by status, tool, type and block; cancelled activities are counted apart and in no total. */
export function countActivities(activities: readonly Activity[], asOf: string): ActivityCounts {
  const byStatus: Record<string, number> = {};
  const byTool: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const byBlock: Record<string, number> = {};
  let total = 0;
  let took = 0;
  let cancelled = 0;
  let passed = 0;
  for (const a of activities) {
    if (isCancelled(a)) {
      cancelled += 1;
      continue;
    }
    total += 1;
    if (tookPlace(a)) took += 1;
    if (plannedDatePassed(a, asOf)) passed += 1;
    byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
    byTool[a.tool] = (byTool[a.tool] ?? 0) + 1;
    byType[a.type] = (byType[a.type] ?? 0) + 1;
    const block = a.owner ?? COORDINATION;
    byBlock[block] = (byBlock[block] ?? 0) + 1;
  }
  return { total, tookPlace: took, cancelled, plannedDatePassed: passed, byStatus, byTool, byType, byBlock };
}
