/**
 * Days between two dates are counted without luxon for plain ISO dates; they
 * must be the calendar days of Europe/Stockholm, as luxon counts them,
 * across daylight saving time, leap days and year ends.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { daysBetween, daysInclusive } from "../src/indicators/calendar.ts";

/** luxon's count of the days between two Swedish midnights: what daysBetween always returned. */
function luxonDays(a: string, b: string): number {
  const at = (iso: string) => DateTime.fromISO(iso.slice(0, 10), { zone: "Europe/Stockholm" });
  return Math.round(at(b).diff(at(a), "days").days);
}

describe("days between two dates", () => {
  it("counts calendar days across the clock changes, a leap day and a year end", () => {
    expect(daysBetween("2024-03-30", "2024-04-01")).toBe(2); // clocks forward on 31 March
    expect(daysBetween("2024-10-26", "2024-10-28")).toBe(2); // clocks back on 27 October
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
    expect(daysBetween("2023-12-31", "2024-01-01")).toBe(1);
    expect(daysBetween("2024-09-18", "2024-08-01")).toBe(-48);
    expect(daysBetween("2024-09-18", "2024-09-18")).toBe(0);
    expect(daysInclusive("2024-01-01", "2024-12-31")).toBe(366);
  });

  it("reads only the date of a date-time, as before", () => {
    expect(daysBetween("2024-09-18T23:30:00+02:00", "2024-09-19")).toBe(1);
  });

  it("is luxon's count for any two dates from 1900 to 2100", () => {
    const date = fc
      .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(daysBetween(a, b)).toBe(luxonDays(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a date that does not exist, naming it", () => {
    expect(() => daysBetween("2024-02-30", "2024-03-01")).toThrow("not an ISO date: 2024-02-30");
    expect(() => daysBetween("2024-01-01", "2023-02-29")).toThrow("not an ISO date: 2023-02-29");
    expect(() => daysBetween("2024-13-01", "2024-01-01")).toThrow("not an ISO date: 2024-13-01");
    expect(() => daysBetween("2024-00-10", "2024-01-01")).toThrow("not an ISO date: 2024-00-10");
    expect(() => daysBetween("sista maj", "2024-01-01")).toThrow("not an ISO date: sista maj");
  });

  it("leaves other ISO forms to luxon", () => {
    expect(daysBetween("2024-W38-3", "2024-09-19")).toBe(1);
  });
});
