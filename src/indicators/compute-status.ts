import type { Programme, Report } from "../domain/model.ts";
import { activitiesInPeriod, COORDINATION, countActivities, type Period } from "./activity-counts.ts";
import { assignmentResult } from "./assignment-result.ts";
import { blockResult } from "./block-result.ts";
import { deliverablesDue } from "./deliverable-status.ts";
import { isoWeekOf } from "./calendar.ts";
import { indicatorCourse } from "./course.ts";
import { allRecommendationFates, computeFollowUp } from "./follow-up.ts";
import { goalResult } from "./goal-result.ts";
import { groupProgramme, rowsUnder } from "./group.ts";
import { indicatorResult } from "./indicator-result.ts";
import { THRESHOLDS } from "./thresholds.ts";
import type { StatusPicture } from "./types.ts";
import { REPORT_TYPE } from "../../sheets-schema/vocabulary.ts";

export { COORDINATION };

export interface StatusOptions {
  /** The date the picture is for (ISO, Europe/Stockholm). Nothing after it counts as known. */
  readonly asOf: string;
  /** Take the period from this report's row on the sheet Rapporter. */
  readonly reportNumber?: number;
  /** An explicit period (both ends inclusive); wins over the report's. */
  readonly period?: Period;
  readonly staleAfterDays?: number;
}

/**
 * The status picture: indicators against their targets, goals and effects,
 * blocks, the assignment's time and money, for one as-of date. Pure: the
 * same programme and options always give the same picture.
 */
export function computeStatus(programme: Programme, options: StatusOptions): StatusPicture {
  const { asOf } = options;
  const staleAfterDays = options.staleAfterDays ?? THRESHOLDS.staleAfterDays;
  const report = options.reportNumber !== undefined ? programme.reports.find((r) => r.number === options.reportNumber) : undefined;
  const period = options.period ?? (report ? reportPeriod(programme, report) : { start: programme.assignment?.start ?? asOf, end: asOf });
  const followUp = report ? computeFollowUp(programme, report.number, asOf) : undefined;
  const activities = activitiesInPeriod(programme.activities, period, asOf);
  // Grouped once; each result below still filters the rows it is given as before, on its own group only.
  const groups = groupProgramme(activities, programme.measurements, programme.deliverables);
  const measurementsOf = (indicatorIds: Iterable<string>) => rowsUnder(groups.measurementsByIndicator, indicatorIds);
  const indicators = programme.indicators.map((i) =>
    indicatorResult(i, measurementsOf([i.id]), programme.milestones, asOf, staleAfterDays),
  );
  const workbookOf = (blockId: string) => programme.workbooks.find((w) => w.owner === blockId);
  const goalIndicators = (goalId: string) => new Set(indicators.filter((i) => i.goal === goalId).map((i) => i.id));
  const dueSoonDays = THRESHOLDS.dueSoonDays;
  const due = deliverablesDue(programme.deliverables, asOf, dueSoonDays);
  return {
    asOf,
    period: { start: period.start, end: period.end },
    ...(report ? { reportNumber: report.number } : options.reportNumber !== undefined ? { reportNumber: options.reportNumber } : {}),
    isoWeek: isoWeekOf(asOf),
    staleAfterDays,
    dueSoonDays,
    ...(programme.assignment ? { assignment: assignmentResult(programme.assignment, programme.budget, asOf) } : {}),
    indicators,
    goals: programme.goals.map((g) =>
      goalResult(g, indicators, groups.activitiesByGoal.get(g.id) ?? [], measurementsOf(goalIndicators(g.id)), period, asOf),
    ),
    blocks: [...programme.blocks]
      .sort((a, b) => a.order - b.order)
      .map((b) =>
        blockResult(
          b,
          groups.activitiesByOwner.get(b.id) ?? [],
          groups.deliverablesByOwner.get(b.id) ?? [],
          due,
          workbookOf(b.id),
          period,
          asOf,
        ),
      ),
    deliverablesDue: due,
    activities: countActivities(activities, asOf),
    ...(followUp ? { followUp } : {}),
    ...(report
      ? { course: indicatorCourse(programme, report.number, asOf), recommendations: allRecommendationFates(programme, report.number) }
      : {}),
  };
}

/** A delrapport covers its own period; the slutrapport covers the whole assignment up to its period's end. */
function reportPeriod(programme: Programme, report: Report): Period {
  const start = report.type === REPORT_TYPE.final ? (programme.assignment?.start ?? report.periodStart) : report.periodStart;
  return { start, end: report.periodEnd };
}
