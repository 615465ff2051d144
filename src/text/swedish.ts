/**
 * Swedish formatting, as the glossary prescribes: decimal comma, thousands
 * separated by a no-break space, month names in lower case, lists joined with
 * "och". Shared by the report, the e-mail and the command line.
 */
import { DateTime } from "luxon";

const NBSP = "\u00a0";

/** `65 000`, `4,5`; at most `decimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const [int = "0", frac] = Math.abs(rounded).toFixed(decimals).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const fraction = frac?.replace(/0+$/, "");
  const sign = rounded < 0 ? "\u2212" : "";
  return `${sign}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** A share 0–1 as whole percent: `36 %`. */
export function formatPercent(share: number): string {
  return `${formatNumber(share * 100, 0)}${NBSP}%`;
}

/** `4 000 000 kr`. */
export function formatKronor(amount: number): string {
  return `${formatNumber(amount, 0)}${NBSP}kr`;
}

/** `18 september 2024`. */
export function formatDateLong(iso: string): string {
  return DateTime.fromISO(iso.slice(0, 10)).setLocale("sv").toFormat("d MMMM yyyy");
}

/** `juni 2023`. */
export function formatMonthYear(iso: string): string {
  return DateTime.fromISO(iso.slice(0, 10)).setLocale("sv").toFormat("MMMM yyyy");
}

/** `a`, `a och b`, `a, b och c`. */
export function joinList(items: readonly string[], conjunction = "och"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

const WORDS = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];

/** `åtta`; numbers above twelve as digits, as Swedish prose writes them. */
export function numberWord(n: number): string {
  return WORDS[n] ?? formatNumber(n, 0);
}

const ORDINALS = ["nollte", "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte"];

/** `första`, `andra` … `tolfte`; above that `13:e`. */
export function ordinalWord(n: number): string {
  return ORDINALS[n] ?? `${n}:e`;
}

const pluralRules = new Intl.PluralRules("sv-SE");

/** `1 arbetsbok`, `3 arbetsböcker`, `1 fel`: the count with the form Swedish grammar picks for it (Intl.PluralRules). */
export function countOf(count: number, one: string, other: string): string {
  return `${formatNumber(count, 0)} ${pluralRules.select(count) === "one" ? one : other}`;
}
