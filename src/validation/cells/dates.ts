import { DateTime } from "luxon";

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

// `t` too: parseDateText lower-cases before matching, so `2024-09-18T10:00` arrives as `2024-09-18t10:00`.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const SWEDISH = /^(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})$/;

/** Earliest and latest years a follow-up date can plausibly have. */
const YEAR_RANGE = { min: 1950, max: 2200 } as const;

/** A date typed as text: ISO (`2024-09-18`) or Swedish (`18 september 2024`, `18 sep. 2024`). */
export function parseDateText(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");
  const iso = ISO.exec(t);
  if (iso) return isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const sv = SWEDISH.exec(t);
  if (sv) {
    const month = MONTHS[sv[2] ?? ""];
    return month ? isoIfValid(Number(sv[3]), month, Number(sv[1])) : undefined;
  }
  return undefined;
}

/** A spreadsheet serial day number; the time of day, if any, is dropped. */
export function dateFromSerial(serial: number, system: 1900 | 1904): string | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  // 1900 system: day 1 is 1900-01-01 but Lotus's phantom 1900-02-29 makes 1899-12-30 the working epoch from March 1900 on.
  const epoch = system === 1904 ? DateTime.utc(1904, 1, 1) : DateTime.utc(1899, 12, 30);
  if (system === 1900 && serial < 61) return undefined;
  const date = epoch.plus({ days: Math.floor(serial + 1e-9) });
  return inRange(date.year) ? (date.toISODate() ?? undefined) : undefined;
}

/** The date part of a date cell's ISO value, if the year is plausible. */
export function dateFromCell(iso: string): string | undefined {
  const date = iso.slice(0, 10);
  return ISO.test(date) && inRange(Number(date.slice(0, 4))) ? date : undefined;
}

function isoIfValid(year: number, month: number, day: number): string | undefined {
  const date = DateTime.utc(year, month, day);
  return date.isValid && inRange(year) ? (date.toISODate() ?? undefined) : undefined;
}

function inRange(year: number): boolean {
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}
