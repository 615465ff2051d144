/** Swedish formatting of dates, numbers and shares for the summary e-mail. */
import { DateTime } from "luxon";
import { ZONE } from "../indicators/calendar.ts";

function day(iso: string): DateTime {
  return DateTime.fromISO(iso.slice(0, 10), { zone: ZONE }).setLocale("sv");
}

/** `18 september 2024`. */
export function longDate(iso: string): string {
  return day(iso).toFormat("d MMMM yyyy");
}

/** `16–22 september 2024`, `30 september – 6 oktober 2024` or across a new year. */
export function dateRange(startIso: string, endIso: string): string {
  const a = day(startIso);
  const b = day(endIso);
  if (a.year !== b.year) return `${a.toFormat("d MMMM yyyy")} – ${b.toFormat("d MMMM yyyy")}`;
  if (a.month !== b.month) return `${a.toFormat("d MMMM")} – ${b.toFormat("d MMMM yyyy")}`;
  return `${a.toFormat("d")}–${b.toFormat("d MMMM yyyy")}`;
}

/** The ISO week number and its year of a slot such as `2024-W38`. */
export function weekOfSlot(slot: string): { year: number; week: number } {
  const match = /^(\d{4})-W(\d{2})$/.exec(slot);
  return match ? { year: Number(match[1]), week: Number(match[2]) } : { year: 0, week: 0 };
}

const numberFormat = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 });

/** `65 000`, `4,5` — with ordinary spaces, so plain text aligns the same in every client. */
export function number(value: number): string {
  return numberFormat.format(value).replace(/[\u00a0\u202f]/gu, " ");
}

/** `36 %`. */
export function percent(share: number): string {
  return percentFormat.format(share).replace(/[\u00a0\u202f]/gu, " ");
}

/** `1 dag`, `3 dagar`. */
export function days(count: number): string {
  return counted(count, "dag", "dagar");
}

const pluralRules = new Intl.PluralRules("sv-SE");

/** `1 fel`, `2 varningar`: a count with the form Swedish grammar picks for it (Intl.PluralRules). */
export function counted(count: number, one: string, many: string): string {
  return `${number(count)} ${pluralRules.select(count) === "one" ? one : many}`;
}
