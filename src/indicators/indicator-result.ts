import type { Indicator, Measurement, Milestone } from "../domain/model.ts";
import { clamp, daysBetween } from "./calendar.ts";
import { round6 } from "./round.ts";
import { THRESHOLDS } from "./thresholds.ts";
import { INDICATOR_STATUS, type DatedValue, type IndicatorResult, type IndicatorStatus } from "./types.ts";
import { DIRECTION } from "../../sheets-schema/vocabulary.ts";

/**
 * One indicator on the as-of date. Measurements after the as-of date are
 * ignored, so a past date always gives the same answer. Degenerate inputs
 * (no baseline, target equal to baseline, target date before baseline date)
 * get a defined status and a note, never NaN.
 */
export function indicatorResult(
  indicator: Indicator,
  measurements: readonly Measurement[],
  milestones: readonly Milestone[],
  asOf: string,
  staleAfterDays: number = THRESHOLDS.staleAfterDays,
): IndicatorResult {
  const known = measurements.filter((m) => m.indicator === indicator.id && m.date <= asOf).sort(byDate);
  const last = known[known.length - 1];
  const baseline =
    indicator.baseline !== undefined && indicator.baselineDate ? { value: indicator.baseline, date: indicator.baselineDate } : undefined;
  const target = { value: indicator.target, date: indicator.targetDate };
  const daysSinceLatest = last ? daysBetween(last.date, asOf) : undefined;
  const base = {
    id: indicator.id,
    name: indicator.name,
    goal: indicator.goal,
    unit: indicator.unit,
    direction: indicator.direction,
    ...(indicator.block ? { block: indicator.block } : {}),
    ...(baseline ? { baseline } : {}),
    target,
    ...(last ? { latest: { value: last.value, date: last.date, ...(last.comment ? { comment: last.comment } : {}) } } : {}),
    measurementCount: known.length,
    stale: daysSinceLatest === undefined || daysSinceLatest > staleAfterDays,
    ...(daysSinceLatest !== undefined ? { daysSinceLatest } : {}),
  };
  if (!last) return { ...base, status: INDICATOR_STATUS.noData, note: "Inget mätvärde ännu." };

  const reached = indicator.direction === DIRECTION.increase ? last.value >= target.value : last.value <= target.value;
  const change = baseline ? round6(last.value - baseline.value) : undefined;
  const withChange = change !== undefined ? { ...base, change } : base;
  if (!baseline) {
    return reached
      ? { ...withChange, status: INDICATOR_STATUS.reached }
      : { ...withChange, status: INDICATOR_STATUS.noData, note: "Basvärde saknas, så framsteget kan inte beräknas." };
  }
  const span = target.value - baseline.value;
  // A span too small to divide by (equal, or denormally close) is the "target equals baseline" case.
  if (span === 0 || !Number.isFinite((last.value - baseline.value) / span)) {
    return reached
      ? { ...withChange, progress: 1, status: INDICATOR_STATUS.reached }
      : { ...withChange, status: INDICATOR_STATUS.behind, note: "Målvärdet är lika med basvärdet och värdet har rört sig åt fel håll." };
  }
  const progress = round6((last.value - baseline.value) / span);
  const expected = expectedAt(
    asOf,
    baseline,
    target,
    milestones.filter((m) => m.indicator === indicator.id),
  );
  const result = {
    ...withChange,
    progress,
    expectedProgress: round6(expected.progress),
    expectedValue: round6(baseline.value + expected.progress * span),
    expectedFrom: expected.from,
  };
  return { ...result, status: reached ? INDICATOR_STATUS.reached : statusFor(progress, expected.progress, asOf > target.date) };
}

function statusFor(progress: number, expected: number, pastTargetDate: boolean): IndicatorStatus {
  if (pastTargetDate) return INDICATOR_STATUS.behind;
  const gap = expected - progress;
  if (gap <= THRESHOLDS.onTrackGap + 1e-9) return INDICATOR_STATUS.onTrack;
  if (gap <= THRESHOLDS.atRiskGap + 1e-9) return INDICATOR_STATUS.atRisk;
  return INDICATOR_STATUS.behind;
}

/** The share of the way expected on `asOf`: along the milestones if any, else along elapsed time. */
function expectedAt(
  asOf: string,
  baseline: DatedValue,
  target: DatedValue,
  milestones: readonly Milestone[],
): { progress: number; from: "etappmål" | "tid" } {
  const span = target.value - baseline.value;
  if (milestones.length > 0) {
    const points = [baseline, ...milestones.map((m) => ({ date: m.date, value: m.value })), target].sort(byDate);
    return { progress: clamp((interpolate(points, asOf) - baseline.value) / span, -1, 2), from: "etappmål" };
  }
  if (target.date <= baseline.date) return { progress: asOf >= target.date ? 1 : 0, from: "tid" };
  return { progress: clamp(daysBetween(baseline.date, asOf) / daysBetween(baseline.date, target.date), 0, 1), from: "tid" };
}

function interpolate(points: readonly DatedValue[], at: string): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 0;
  if (at <= first.date) return first.value;
  if (at >= last.date) return last.value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b || at > b.date) continue;
    const length = daysBetween(a.date, b.date);
    return length === 0 ? b.value : a.value + ((b.value - a.value) * daysBetween(a.date, at)) / length;
  }
  return last.value;
}

function byDate(a: { readonly date: string }, b: { readonly date: string }): number {
  return a.date.localeCompare(b.date);
}
