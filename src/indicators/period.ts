/**
 * The one definition of "in the period", used by every count, sentence,
 * table, chart and e-mail:
 * - an activity spans Datum … Slutdatum; `pågående` without an end date runs
 *   to the as-of date, any other status without one is its single day;
 * - it belongs to every period its span shares a day with;
 * - `inställd` is listed apart: never in a total, never due or overdue;
 * - `planerad` dated before the as-of date is still planned, and flagged.
 */
import type { Activity } from "../domain/model.ts";
import { overlaps } from "./calendar.ts";
import { ACTIVITY_STATUS } from "../../sheets-schema/vocabulary.ts";

/** Both ends inclusive, ISO dates. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

type Dated = Pick<Activity, "date" | "endDate" | "status">;

/** The days an activity covers, as known on the as-of date. */
export function activitySpan(activity: Dated, asOf: string): Period {
  if (activity.endDate !== undefined) return { start: activity.date, end: activity.endDate };
  if (activity.status === ACTIVITY_STATUS.ongoing && asOf > activity.date) return { start: activity.date, end: asOf };
  return { start: activity.date, end: activity.date };
}

/** Whether the activity's span shares a day with the period. */
export function activityInPeriod(activity: Dated, period: Period, asOf: string): boolean {
  const span = activitySpan(activity, asOf);
  return overlaps(span.start, span.end, period.start, period.end);
}

/** The activities of the period, cancelled ones included (they are listed apart, never counted). */
export function activitiesInPeriod<A extends Dated>(activities: readonly A[], period: Period, asOf: string): A[] {
  return activities.filter((a) => activityInPeriod(a, period, asOf));
}

/** Cancelled: listed apart, never in a total. */
export function isCancelled(activity: Pick<Activity, "status">): boolean {
  return activity.status === ACTIVITY_STATUS.cancelled;
}

/** Went on or was done: what "pågick eller genomfördes" counts. */
export function tookPlace(activity: Pick<Activity, "status">): boolean {
  return activity.status === ACTIVITY_STATUS.ongoing || activity.status === ACTIVITY_STATUS.done;
}

/** Still `planerad` although its date has passed: planned all the same, but flagged for its block. */
export function plannedDatePassed(activity: Pick<Activity, "date" | "status">, asOf: string): boolean {
  return activity.status === ACTIVITY_STATUS.planned && activity.date < asOf;
}
