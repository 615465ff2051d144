/**
 * The one Swedish formatting module: every number, share, amount, date, list
 * and counted noun a person reads — in the report, the e-mail and the
 * terminal — is written here, so the same figure reads the same everywhere.
 * `Intl` with sv-SE underneath, as the glossary prescribes: decimal comma,
 * thousands separated by a no-break space (a figure never breaks across
 * lines), the minus sign U+2212, month names in lower case, lists joined
 * with "och", dates in Europe/Stockholm.
 */
import { DateTime } from "luxon";

export const LOCALE = "sv-SE";
/** Sweden's time zone: dates are calendar days there. */
export const ZONE = "Europe/Stockholm";

const NBSP = "\u00a0";

/**
 * The same text with ordinary spaces for no-break ones: the e-mail writes
 * figures this way, so its plain-text part aligns the same in every client.
 * The figure itself (digits, decimals, rounding) stays as formatted here.
 */
export function withPlainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/gu, " ");
}

const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  return format;
}

/** `65 000`, `4,55`; at most `decimals` decimals (two unless said), trailing zeros dropped. */
export function formatNumber(value: number, decimals = 2): string {
  // Intl's sv-SE group separator is already a no-break space; written out so every runtime's ICU gives the same.
  return numberFormat(decimals)
    .format(value)
    .replace(/[\u00a0\u202f ]/gu, NBSP);
}

/** A share 0–1 as whole percent: `36 %`. */
export function formatPercent(share: number): string {
  return `${formatNumber(share * 100, 0)}${NBSP}%`;
}

/** `4 000 000 kr`. */
export function formatKronor(amount: number): string {
  return `${formatNumber(amount, 0)}${NBSP}kr`;
}

function day(iso: string): DateTime {
  return DateTime.fromISO(iso.slice(0, 10), { zone: ZONE }).setLocale("sv");
}

/** `18 september 2024`. */
export function formatDateLong(iso: string): string {
  return day(iso).toFormat("d MMMM yyyy");
}

/** `juni 2023`. */
export function formatMonthYear(iso: string): string {
  return day(iso).toFormat("MMMM yyyy");
}

/** `16–22 september 2024`, `30 september – 6 oktober 2024` or across a new year. */
export function formatDateRange(startIso: string, endIso: string): string {
  const a = day(startIso);
  const b = day(endIso);
  if (a.year !== b.year) return `${a.toFormat("d MMMM yyyy")} – ${b.toFormat("d MMMM yyyy")}`;
  if (a.month !== b.month) return `${a.toFormat("d MMMM")} – ${b.toFormat("d MMMM yyyy")}`;
  return `${a.toFormat("d")}–${b.toFormat("d MMMM yyyy")}`;
}

const lists = {
  och: new Intl.ListFormat(LOCALE, { type: "conjunction" }),
  eller: new Intl.ListFormat(LOCALE, { type: "disjunction" }),
} as const;

/** `a`, `a och b`, `a, b och c` (or `eller`). */
export function joinList(items: readonly string[], conjunction: keyof typeof lists = "och"): string {
  return lists[conjunction].format(items);
}

const plurals = new Intl.PluralRules(LOCALE);

/** The form of a noun for a count: `fel`/`fel`, `varning`/`varningar`. */
export function plural(count: number, one: string, many: string): string {
  return plurals.select(count) === "one" ? one : many;
}

/** `1 arbetsbok`, `3 arbetsböcker`, `1 000 fel`: the count with the form Swedish grammar picks for it (Intl.PluralRules). */
export function countOf(count: number, one: string, other: string): string {
  return `${formatNumber(count, 0)} ${plural(count, one, other)}`;
}

/** `1 dag`, `3 dagar`. */
export function days(count: number): string {
  return countOf(count, "dag", "dagar");
}

const WORDS = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];

/** `åtta`; numbers above twelve as digits, as Swedish prose writes them. */
export function numberWord(n: number): string {
  return WORDS[n] ?? formatNumber(n, 0);
}

const ORDINALS = [
  "nollte",
  "första",
  "andra",
  "tredje",
  "fjärde",
  "femte",
  "sjätte",
  "sjunde",
  "åttonde",
  "nionde",
  "tionde",
  "elfte",
  "tolfte",
];

/** `första`, `andra` … `tolfte`; above that `13:e`. */
export function ordinalWord(n: number): string {
  return ORDINALS[n] ?? `${n}:e`;
}
