/** The indicators against their targets: the latest value, the target and the status. */
import type { IndicatorResult, IndicatorStatus } from "../indicators/types.ts";
import type { Measurement } from "../domain/model.ts";
import { clamp } from "../indicators/calendar.ts";
import { groupBy } from "../indicators/group.ts";
import type { Bar, Course, Legend, Section, Tone } from "./content.ts";
import { perRun } from "./facts-index.ts";
import { number } from "./format.ts";
import { LIMITS, field } from "./safe-text.ts";
import { inScope, type Scope, type SummaryFacts } from "./scope.ts";
import { SECTION_IDS } from "./section-ids.ts";
import { texts } from "./texts.ts";

export const MAX_INDICATOR_ROWS = 30;
/** Points a course shows: enough to see a direction, few enough for a phone. */
export const MAX_COURSE_POINTS = 12;

export const INDICATOR_TONES: Readonly<Record<IndicatorStatus, Tone>> = {
  uppnått: "ok",
  "i fas": "ok",
  risk: "warn",
  efter: "bad",
  "saknar data": "muted",
};

/** The indicators in scope, or `undefined` when there are none to show. */
export function indicatorsSection(facts: SummaryFacts, scope: Scope): Section | undefined {
  const shown = facts.status.indicators.filter((i) => (scope.all ? true : i.block !== undefined && inScope(scope, i.block)));
  if (shown.length === 0) return undefined;
  return {
    id: SECTION_IDS.indicators,
    title: texts.indicators.title,
    columns: texts.indicators.columns,
    rows: shown.slice(0, MAX_INDICATOR_ROWS).map((i) => {
      const bar = progressBar(i);
      const course = courseOf(i, perRun(facts, measurementsByIndicator).get(i.id) ?? [], facts.status.asOf);
      return {
        label: `${field(i.id, LIMITS.value)} ${field(i.name, LIMITS.title)}`,
        cells: [
          latest(i),
          texts.indicators.target(withUnit(i.target.value, i.unit), i.target.date),
          i.stale && i.latest ? texts.indicators.stale(i.status) : i.status,
        ],
        toneCell: 2,
        tone: INDICATOR_TONES[i.status],
        ...(bar ? { bar } : {}),
        ...(course ? { course } : {}),
      };
    }),
    ...(shown.length > MAX_INDICATOR_ROWS ? { more: texts.more(shown.length - MAX_INDICATOR_ROWS) } : {}),
    legend: STATUS_LEGEND,
  };
}

export const STATUS_LEGEND: Legend = {
  title: texts.indicators.legendTitle,
  items: texts.indicators.legend.map(([term, meaning, tone]) => ({ term, meaning, tone })),
};

/** Progress towards the target against the progress expected by now; none without a baseline. */
export function progressBar(i: IndicatorResult): Bar | undefined {
  if (i.progress === undefined) return undefined;
  const expected = i.expectedProgress === undefined ? undefined : clamp(i.expectedProgress, 0, 1);
  return {
    share: clamp(i.progress, 0, 1),
    ...(expected !== undefined ? { expected } : {}),
    tone: INDICATOR_TONES[i.status],
    text: texts.indicators.progress(i.progress, expected),
  };
}

/** The baseline and the measurements up to the as-of date, the latest few; none with fewer than two points. */
export function courseOf(i: IndicatorResult, measurements: readonly Measurement[], asOf: string): Course | undefined {
  const measured = measurements
    .filter((m) => m.indicator === i.id && m.date <= asOf)
    .map((m) => ({ date: m.date, value: m.value }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = measured[0];
  const points = i.baseline && (!first || i.baseline.date < first.date) ? [i.baseline, ...measured] : measured;
  const shown = points.slice(-MAX_COURSE_POINTS);
  if (shown.length < 2) return undefined;
  return {
    values: shown.map((p) => p.value),
    text: texts.indicators.course(shown.map((p) => texts.indicators.point(withUnit(p.value, i.unit), p.date))),
  };
}

/** Each indicator's measurements, grouped once per run for the courses of every recipient's indicators. */
function measurementsByIndicator(facts: SummaryFacts): ReadonlyMap<string, readonly Measurement[]> {
  return groupBy(facts.programme.measurements, (m) => [m.indicator]);
}

function latest(i: IndicatorResult): string {
  return i.latest ? texts.indicators.at(withUnit(i.latest.value, i.unit), i.latest.date) : texts.indicators.none;
}

function withUnit(value: number, unit: string): string {
  return `${number(value)} ${field(unit, LIMITS.value)}`;
}
