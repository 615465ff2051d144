import type { Activity, Goal, Measurement } from "../domain/model.ts";
import { countActivities, type Period } from "./activity-counts.ts";
import { INDICATOR_STATUS, type GoalResult, type IndicatorResult, type IndicatorStatus } from "./types.ts";

/** Least favourable first: a goal is as far along as its weakest indicator. */
const SEVERITY: readonly IndicatorStatus[] = [
  INDICATOR_STATUS.behind,
  INDICATOR_STATUS.atRisk,
  INDICATOR_STATUS.onTrack,
  INDICATOR_STATUS.reached,
];

/** A goal or desired effect: its indicators rolled up, and the activities linked to it in the period. */
export function goalResult(
  goal: Goal,
  indicators: readonly IndicatorResult[],
  activitiesInPeriod: readonly Activity[],
  measurements: readonly Measurement[],
  period: Period,
  asOf: string,
): GoalResult {
  const own = indicators.filter((i) => i.goal === goal.id);
  const statusCounts: Partial<Record<IndicatorStatus, number>> = {};
  for (const i of own) statusCounts[i.status] = (statusCounts[i.status] ?? 0) + 1;
  const status = SEVERITY.find((s) => (statusCounts[s] ?? 0) > 0) ?? INDICATOR_STATUS.noData;
  const linked = activitiesInPeriod.filter((a) => (a.goals ?? []).includes(goal.id));
  const ids = new Set(own.map((i) => i.id));
  const measuredInPeriod = measurements.some(
    (m) => ids.has(m.indicator) && m.date >= period.start && m.date <= period.end && m.date <= asOf,
  );
  const activities = countActivities(linked, asOf);
  return {
    id: goal.id,
    kind: goal.kind,
    text: goal.text,
    indicators: own.map((i) => i.id),
    status,
    statusCounts,
    activities,
    untouched: activities.total === 0 && !measuredInPeriod,
  };
}
