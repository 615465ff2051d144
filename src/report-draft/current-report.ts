/** Which delrapport is the current draft, and when the monthly draft goes out. Pure: dates come in. */
import { DateTime } from "luxon";
import type { Programme, Report } from "../domain/model.ts";
import { ZONE } from "../indicators/calendar.ts";
import { REPORT_STATUS } from "../../sheets-schema/vocabulary.ts";

/** The delrapport being written: the lowest-numbered one with status `utkast`; none when every report is decided. */
export function currentDraftReport(programme: Programme): Report | undefined {
  return [...programme.reports].filter((r) => r.status === REPORT_STATUS.draft).sort((a, b) => a.number - b.number)[0];
}

/** The month slot of a date, e.g. `2024-09`: the draft goes out once per slot. */
export function monthSlot(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** Whether the date is the month's first Monday–Friday (public holidays are not considered). */
export function isFirstWeekdayOfMonth(isoDate: string): boolean {
  const day = DateTime.fromISO(isoDate, { zone: ZONE });
  if (!day.isValid || day.weekday > 5) return false;
  for (let d = day.startOf("month"); d < day; d = d.plus({ days: 1 })) if (d.weekday <= 5) return false;
  return true;
}
