/**
 * How a report follows up the one before it: indicator values then and now,
 * what is new per block, blocks started since, and what became of earlier
 * recommendations. Pure; computed with the status picture, rendered by the
 * report (the outline decides where).
 */
import type {
  Activity,
  BlockRow,
  Deliverable,
  Measurement,
  Programme,
  Recommendation,
  RecommendationFollowUp,
  Report,
} from "../domain/model.ts";
import {
  type RecommendationStatus,
  ACTIVITY_STATUS,
  BLOCK_STATUS,
  DELIVERABLE_STATUS,
  RECOMMENDATION_STATUS,
} from "../../sheets-schema/vocabulary.ts";
import { groupBy } from "./group.ts";
import { activitySpan, isCancelled } from "./period.ts";
import { round6 } from "./round.ts";
import type { DatedValue } from "./types.ts";

export interface IndicatorCourse {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  /** The latest value on or before the previous report's date. */
  readonly previous?: DatedValue;
  /** The latest value on or before the as-of date. */
  readonly now?: DatedValue;
  /** now − previous, when both are known. */
  readonly change?: number;
}

export interface BlockNews {
  readonly id: string;
  readonly name: string;
  /** Activities (not cancelled) that began after the previous report's period. */
  readonly newActivities: number;
  /** Activities finished after the previous report's period, whenever they began. */
  readonly completed: number;
  /** Deliverables delivered after the previous report's period. */
  readonly delivered: number;
}

export interface RecommendationFate {
  readonly id: string;
  /** The report it was given in. */
  readonly report: number;
  readonly recipient: string;
  readonly title: string;
  /** The latest status up to the report; `lämnad` when nothing has been said. */
  readonly status: RecommendationStatus;
  /** The report whose follow-up row gave the status; none when it is the default. */
  readonly statusReport?: number;
  /** The latest response of the recipient up to the report. */
  readonly response?: string;
}

export interface FollowUp {
  readonly previous: { readonly number: number; readonly title: string; readonly date: string; readonly periodEnd: string };
  readonly indicators: readonly IndicatorCourse[];
  /** Every block that has started by the as-of date, in block order. */
  readonly blocks: readonly BlockNews[];
  /** Names of the blocks that started after the previous report's period, in block order. */
  readonly startedSince: readonly string[];
  /** Recommendations of the earlier reports with what became of them. */
  readonly recommendations: readonly RecommendationFate[];
}

/** The report before `report`: the highest number below it. */
export function previousReport(reports: readonly Report[], number: number): Report | undefined {
  return [...reports].filter((r) => r.number < number).sort((a, b) => b.number - a.number)[0];
}

/** Not started on `date`: marked as starting later, or its start date lies after it. */
export function notStartedOn(block: BlockRow, date: string): boolean {
  return block.status === BLOCK_STATUS.startsLater || (block.started !== undefined && block.started > date);
}

/** The follow-up of report `number` against the one before; `undefined` for the first report. */
export function computeFollowUp(programme: Programme, number: number, asOf: string): FollowUp | undefined {
  const previous = previousReport(programme.reports, number);
  if (!previous) return undefined;
  const since = previous.periodEnd;
  const after = (date: string | undefined) => date !== undefined && date > since && date <= asOf;
  const blocks = [...programme.blocks].sort((a, b) => a.order - b.order).filter((b) => !notStartedOn(b, asOf));
  const measurementsOf = groupBy(programme.measurements, (m) => [m.indicator]);
  const activitiesOf = groupBy(programme.activities, (a) => [a.owner]);
  const deliverablesOf = groupBy(programme.deliverables, (d) => [d.owner]);
  return {
    previous: { number: previous.number, title: previous.title, date: previous.date, periodEnd: previous.periodEnd },
    indicators: programme.indicators.map((i) => {
      const own = measurementsOf.get(i.id) ?? [];
      const then = latestBy(own, previous.date);
      const now = latestBy(own, asOf);
      return {
        id: i.id,
        name: i.name,
        unit: i.unit,
        ...(then ? { previous: then } : {}),
        ...(now ? { now } : {}),
        ...(then && now ? { change: round6(now.value - then.value) } : {}),
      };
    }),
    blocks: blocks.map((b) => blockNews(b, activitiesOf.get(b.id) ?? [], deliverablesOf.get(b.id) ?? [], after, asOf)),
    startedSince: blocks.filter((b) => notStartedOn(b, since)).map((b) => b.name),
    recommendations: recommendationFates(programme.recommendations, programme.recommendationFollowUps, number, (r) => r < number),
  };
}

/** Every recommendation given up to and including report `number`, with what became of it by then. */
export function allRecommendationFates(programme: Programme, number: number): RecommendationFate[] {
  return recommendationFates(programme.recommendations, programme.recommendationFollowUps, number, (r) => r <= number);
}

function blockNews(
  block: BlockRow,
  activities: readonly Activity[],
  deliverables: readonly Deliverable[],
  after: (date: string | undefined) => boolean,
  asOf: string,
): BlockNews {
  const own = activities.filter((a) => a.owner === block.id && !isCancelled(a));
  return {
    id: block.id,
    name: block.name,
    newActivities: own.filter((a) => after(a.date)).length,
    completed: own.filter((a) => a.status === ACTIVITY_STATUS.done && after(activitySpan(a, asOf).end)).length,
    delivered: deliverables.filter(
      (d) => d.owner === block.id && d.status === DELIVERABLE_STATUS.delivered && after(d.deliveredOn ?? d.due),
    ).length,
  };
}

function recommendationFates(
  recommendations: readonly Recommendation[],
  followUps: readonly RecommendationFollowUp[],
  number: number,
  given: (report: number) => boolean,
): RecommendationFate[] {
  return recommendations
    .filter((r) => given(Number(r.report)))
    .sort((a, b) => Number(a.report) - Number(b.report) || (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER))
    .map((r) => {
      const rows = followUps
        .filter((f) => f.recommendation === r.id && Number(f.report) <= number)
        .sort((a, b) => Number(b.report) - Number(a.report));
      const latest = rows[0];
      const response = rows.find((f) => f.response !== undefined)?.response;
      return {
        id: r.id,
        report: Number(r.report),
        recipient: r.recipient,
        title: r.title,
        status: latest?.status ?? RECOMMENDATION_STATUS.given,
        ...(latest ? { statusReport: Number(latest.report) } : {}),
        ...(response !== undefined ? { response } : {}),
      };
    });
}

function latestBy(measurements: readonly Measurement[], date: string): DatedValue | undefined {
  let best: Measurement | undefined;
  for (const m of measurements) if (m.date <= date && (!best || m.date > best.date)) best = m;
  return best ? { value: best.value, date: best.date } : undefined;
}
