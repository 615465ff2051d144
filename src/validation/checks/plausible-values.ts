import type { Indicator } from "../../domain/model.ts";
import { formatNumber } from "../../text/swedish.ts";
import { cellOf, type Located } from "../located.ts";
import { problem } from "../problem.ts";
import { acrossWorkbooks, type AllRows } from "./all-rows.ts";
import type { Finding } from "./finding.ts";

/** Units that mean a percentage: the value is the number shown before `%`. */
const PERCENT_UNIT = /procent|%/i;

/** The slips that change a value by a power of ten: a share typed for a percentage (0,45 for 45), thousands left out or added. */
const SLIPS = [100, 1000, 1 / 100, 1 / 1000] as const;

export function isPercentUnit(unit: string): boolean {
  return PERCENT_UNIT.test(unit);
}

/**
 * Warnings, never errors (the value may be right): a value shown as a
 * percentage for an indicator that is not measured in percent, and a
 * measurement a power of ten away from all the indicator's other values,
 * with the value it most likely meant.
 */
export function plausibleValues(all: AllRows): Finding[] {
  const findings: Finding[] = [];
  const indicators = new Map(all.central.indicators.map((r) => [r.value.id, r.value]));
  for (const r of all.central.indicators) {
    for (const field of r.asPercent ?? []) {
      if (!isPercentUnit(r.value.unit)) findings.push({ problem: percentMismatch(r, field, r.value) });
    }
  }
  const measurements = acrossWorkbooks(all, "measurements");
  // Grouped once, so that a source with many measurements costs one pass per indicator, not one per measurement.
  const byIndicator = groupBy(measurements, (m) => m.value.indicator);
  const milestones = groupBy(all.central.milestones, (s) => s.value.indicator);
  for (const m of measurements) {
    const indicator = indicators.get(m.value.indicator);
    if (!indicator) continue;
    if (m.asPercent?.includes("value") && !isPercentUnit(indicator.unit))
      findings.push({ problem: percentMismatch(m, "value", indicator) });
    const others = [
      indicator.baseline,
      indicator.target,
      ...(milestones.get(indicator.id) ?? []).map((s) => s.value.value),
      ...(byIndicator.get(indicator.id) ?? []).filter((o) => o !== m).map((o) => o.value.value),
    ].filter((v): v is number => v !== undefined && v > 0);
    const meant = likelyMeant(m.value.value, others);
    if (meant === undefined) continue;
    const unit = isPercentUnit(indicator.unit) ? "\u00a0%" : "";
    findings.push({
      problem: problem("value-implausible", cellOf(m.at, "value"), {
        value: formatNumber(m.value.value, 6),
        other: range(others),
        detail: `${formatNumber(meant, 6)}${unit}`,
      }),
    });
  }
  return findings;
}

/** The value a slip of a power of ten would have given, when it lands among the others and the value itself is far from all of them. */
export function likelyMeant(value: number, others: readonly number[]): number | undefined {
  if (value <= 0 || others.length < 2) return undefined;
  const lo = Math.min(...others);
  const hi = Math.max(...others);
  if (value >= lo / 10 && value <= hi * 10) return undefined;
  for (const factor of SLIPS) {
    const meant = Number((value * factor).toPrecision(12));
    if (meant >= lo / 2 && meant <= hi * 2) return meant;
  }
  return undefined;
}

function percentMismatch(row: Located<unknown>, field: string, indicator: Indicator) {
  const value = (row.value as Record<string, unknown>)[field];
  return problem("percent-unit-mismatch", cellOf(row.at, field), {
    value: `${formatNumber(Number(value), 6)}\u00a0%`,
    detail: formatNumber(Number(value), 6),
    other: indicator.id,
    expected: indicator.unit,
  });
}

function range(values: readonly number[]): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? formatNumber(lo, 6) : `${formatNumber(lo, 6)}–${formatNumber(hi, 6)}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
