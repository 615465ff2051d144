import type { Activity } from "../domain/model.ts";
import { overlaps } from "./calendar.ts";
import type { ActivityCounts } from "./types.ts";

/** The key activities of the central workbook are counted under in `byBlock`. */
export const COORDINATION = "samordning";

export interface Period {
  readonly start: string;
  readonly end: string;
}

/** Activities whose span (date to end date) shares a day with the period. */
export function inPeriod(activities: readonly Activity[], period: Period): Activity[] {
  return activities.filter((a) => overlaps(a.date, a.endDate ?? a.date, period.start, period.end));
}

/** Counts by tool, type and block; cancelled activities are not counted. */
export function countActivities(activities: readonly Activity[]): ActivityCounts {
  const byTool: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const byBlock: Record<string, number> = {};
  let total = 0;
  for (const a of activities) {
    if (a.status === "inställd") continue;
    total += 1;
    byTool[a.tool] = (byTool[a.tool] ?? 0) + 1;
    byType[a.type] = (byType[a.type] ?? 0) + 1;
    const block = a.owner ?? COORDINATION;
    byBlock[block] = (byBlock[block] ?? 0) + 1;
  }
  return { total, byTool, byType, byBlock };
}
