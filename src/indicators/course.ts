/**
 * Each indicator's course across the report dates: its value and its progress
 * towards the target on the date of every report up to one. What the
 * slutrapport draws as a line chart.
 */
import type { Programme } from "../domain/model.ts";
import { groupBy } from "./group.ts";
import { indicatorResult } from "./indicator-result.ts";

export interface IndicatorCourseLine {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  /** The latest value on or before each report date; `null` when none. */
  readonly values: readonly (number | null)[];
  /** Progress (0 at baseline, 1 at target) on each report date; `null` when unknown. */
  readonly progress: readonly (number | null)[];
}

export interface Course {
  /** The reports' dates, oldest first; the last is the as-of date of the report drawn. */
  readonly points: readonly { readonly report: number; readonly date: string }[];
  readonly indicators: readonly IndicatorCourseLine[];
}

/** The course up to report `number`, whose point is the as-of date rather than its sheet date. */
export function indicatorCourse(programme: Programme, number: number, asOf: string): Course {
  const points = [...programme.reports]
    .filter((r) => r.number <= number)
    .sort((a, b) => a.number - b.number)
    .map((r) => ({ report: r.number, date: r.number === number ? asOf : r.date }));
  const measurementsOf = groupBy(programme.measurements, (m) => [m.indicator]);
  return {
    points,
    indicators: programme.indicators.map((i) => {
      const own = measurementsOf.get(i.id) ?? [];
      const results = points.map((p) => indicatorResult(i, own, programme.milestones, p.date));
      return {
        id: i.id,
        name: i.name,
        unit: i.unit,
        values: results.map((r) => r.latest?.value ?? null),
        progress: results.map((r) => r.progress ?? null),
      };
    }),
  };
}
