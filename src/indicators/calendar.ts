import { DateTime } from "luxon";
import { ZONE } from "../text/swedish.ts";

/** All dates in lägesbild are calendar days in Sweden (the zone is defined once, with the Swedish formatting). */
export { ZONE };

function day(iso: string): DateTime {
  const d = DateTime.fromISO(iso.slice(0, 10), { zone: ZONE });
  if (!d.isValid) throw new Error(`not an ISO date: ${iso}`);
  return d;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  const from = dayNumber(a);
  const to = dayNumber(b);
  if (from !== undefined && to !== undefined) return to - from;
  return Math.round(day(b).diff(day(a), "days").days);
}

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})/u;
const MS_PER_DAY = 86_400_000;

/**
 * A plain `YYYY-MM-DD` as a count of days, without luxon: Swedish midnight
 * always exists (clocks change at 02:00), so the days between two dates are
 * the days between the same dates in UTC. Called for every deliverable and
 * measurement, where building zoned DateTimes was most of the time. Anything
 * else (another ISO form, a year before 1000) is left to luxon; an impossible
 * date such as 2024-02-30 throws as luxon's check does.
 */
function dayNumber(iso: string): number | undefined {
  const parts = PLAIN_DATE.exec(iso);
  if (!parts) return undefined;
  const [year, month, date] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (year < 1000) return undefined;
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) throw new Error(`not an ISO date: ${iso}`);
  return ms / MS_PER_DAY;
}

/** Days in the inclusive range a..b (0 when b is before a). */
export function daysInclusive(a: string, b: string): number {
  return Math.max(0, daysBetween(a, b) + 1);
}

export function addDays(iso: string, days: number): string {
  return day(iso).plus({ days }).toISODate() ?? iso;
}

/** The ISO week of a date, e.g. `2024-W38`. */
export function isoWeekOf(iso: string): string {
  return day(iso).toFormat("kkkk-'W'WW");
}

/** Monday and Sunday of the ISO week a date falls in. */
export function isoWeekDays(iso: string): { start: string; end: string } {
  const d = day(iso);
  return { start: d.startOf("week").toISODate() ?? iso, end: d.endOf("week").toISODate() ?? iso };
}

/** The date part of an ISO date-time as a Swedish calendar day (e.g. a file's modification time). */
export function stockholmDate(isoDateTime: string): string {
  const d = DateTime.fromISO(isoDateTime, { setZone: true }).setZone(ZONE);
  return d.isValid ? (d.toISODate() ?? isoDateTime.slice(0, 10)) : isoDateTime.slice(0, 10);
}

/** Share of the inclusive range start..end that has passed on `asOf` (inclusive), 0–1. */
export function elapsedShare(start: string, end: string, asOf: string): number {
  const total = daysInclusive(start, end);
  if (total === 0) return asOf >= end ? 1 : 0;
  return clamp(daysInclusive(start, asOf) / total, 0, 1);
}

/** Whether the inclusive ranges [a1, a2] and [b1, b2] share a day. */
export function overlaps(a1: string, a2: string, b1: string, b2: string): boolean {
  return a1 <= b2 && b1 <= a2;
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
