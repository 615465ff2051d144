/** The indicators against their targets: the latest value, the target and the status. */
import type { IndicatorResult, IndicatorStatus } from "../indicators/types.ts";
import type { Section, Tone } from "./content.ts";
import { number } from "./format.ts";
import { LIMITS, field } from "./safe-text.ts";
import { inScope, type Scope, type SummaryFacts } from "./scope.ts";
import { texts } from "./texts.ts";

export const MAX_INDICATOR_ROWS = 30;

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
    title: texts.indicators.title,
    columns: texts.indicators.columns,
    rows: shown.slice(0, MAX_INDICATOR_ROWS).map((i) => ({
      label: `${field(i.id, LIMITS.value)} ${field(i.name, LIMITS.title)}`,
      cells: [latest(i), texts.indicators.target(withUnit(i.target.value, i.unit), i.target.date), i.stale && i.latest ? texts.indicators.stale(i.status) : i.status],
      toneCell: 2,
      tone: INDICATOR_TONES[i.status],
    })),
    ...(shown.length > MAX_INDICATOR_ROWS ? { more: texts.more(shown.length - MAX_INDICATOR_ROWS) } : {}),
  };
}

function latest(i: IndicatorResult): string {
  return i.latest ? texts.indicators.at(withUnit(i.latest.value, i.unit), i.latest.date) : texts.indicators.none;
}

function withUnit(value: number, unit: string): string {
  return `${number(value)} ${field(unit, LIMITS.value)}`;
}
