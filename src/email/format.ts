/**
 * The e-mail's figures and dates: the one Swedish formatting module
 * (text/swedish.ts), so a figure reads as in the report and the terminal,
 * with ordinary spaces so the plain-text part aligns the same in every client.
 */
import { countOf, formatDateLong, formatDateRange, formatNumber, formatPercent, withPlainSpaces } from "../text/swedish.ts";

/** `18 september 2024`. */
export const longDate = formatDateLong;

/** `16–22 september 2024`, `30 september – 6 oktober 2024` or across a new year. */
export const dateRange = formatDateRange;

/** `65 000`, `4,55`. */
export function number(value: number): string {
  return withPlainSpaces(formatNumber(value));
}

/** `36 %`. */
export function percent(share: number): string {
  return withPlainSpaces(formatPercent(share));
}

/** `1 fel`, `2 varningar`: a count with the right Swedish form. */
export function counted(count: number, one: string, many: string): string {
  return withPlainSpaces(countOf(count, one, many));
}

/** `1 dag`, `3 dagar`. */
export function days(count: number): string {
  return counted(count, "dag", "dagar");
}

/** The ISO week number and its year of a slot such as `2024-W38`. */
export function weekOfSlot(slot: string): { year: number; week: number } {
  const match = /^(\d{4})-W(\d{2})$/.exec(slot);
  return match ? { year: Number(match[1]), week: Number(match[2]) } : { year: 0, week: 0 };
}
