/** The one definition of "in the period": spans over the period's edges, ongoing work, planned dates passed, cancellations. */
import { describe, expect, it } from "vitest";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { activityInPeriod, activitySpan, plannedDatePassed } from "../src/indicators/period.ts";
import { activity, emptyProgramme } from "./helpers/programme.ts";

// Report 2's period: the half year after Delrapport 1, written on 2025-03-15.
const period = { start: "2024-09-01", end: "2025-02-28" };
const asOf = "2025-03-15";

describe("an activity's span", () => {
  it("runs from Datum to Slutdatum when both are given", () => {
    expect(activitySpan({ date: "2024-05-01", endDate: "2024-10-15", status: "genomförd" }, asOf)).toEqual({
      start: "2024-05-01",
      end: "2024-10-15",
    });
  });
  it("runs to the as-of date for ongoing work without an end date", () => {
    expect(activitySpan({ date: "2024-03-01", status: "pågående" }, asOf)).toEqual({ start: "2024-03-01", end: "2025-03-15" });
  });
  it("is a single day for finished work without an end date", () => {
    expect(activitySpan({ date: "2024-03-01", status: "genomförd" }, asOf)).toEqual({ start: "2024-03-01", end: "2024-03-01" });
  });
  it("is its start day for ongoing work that starts after the as-of date", () => {
    expect(activitySpan({ date: "2025-04-01", status: "pågående" }, asOf)).toEqual({ start: "2025-04-01", end: "2025-04-01" });
  });
});

describe("whether an activity belongs to the period", () => {
  it.each([
    ["ongoing since before the period, no end date", { date: "2024-03-01", status: "pågående" as const }, true],
    ["done before the period, no end date", { date: "2024-08-31", status: "genomförd" as const }, false],
    ["spanning into the period's first day", { date: "2024-06-01", endDate: "2024-09-01", status: "genomförd" as const }, true],
    ["ending the day before the period", { date: "2024-06-01", endDate: "2024-08-31", status: "genomförd" as const }, false],
    ["starting on the period's last day", { date: "2025-02-28", status: "planerad" as const }, true],
    ["starting the day after the period", { date: "2025-03-01", status: "pågående" as const }, false],
    ["spanning the whole period", { date: "2024-01-01", endDate: "2025-12-31", status: "pågående" as const }, true],
  ])("%s: %s", (_, a, expected) => {
    expect(activityInPeriod(a, period, asOf)).toBe(expected);
  });
});

describe("planned activities whose date has passed", () => {
  it("are still planned, and flagged the day after their date", () => {
    expect(plannedDatePassed({ date: "2025-03-14", status: "planerad" }, asOf)).toBe(true);
    expect(plannedDatePassed({ date: "2025-03-15", status: "planerad" }, asOf)).toBe(false);
    expect(plannedDatePassed({ date: "2025-03-01", status: "genomförd" }, asOf)).toBe(false);
  });
});

describe("counts in report 2 of a block with ongoing, done, planned and cancelled work", () => {
  const programme = emptyProgramme({
    blocks: [{ id: "bo", name: "Bostäder", kind: "byggsten", status: "aktiv", order: 1 }],
    activities: [
      // Began in report 1's period and still going: belongs to report 2 too.
      activity({ id: "A1", owner: "bo", date: "2024-03-01", status: "pågående", tool: "Nätverk" }),
      // Done in report 1's period: not in report 2.
      activity({ id: "A2", owner: "bo", date: "2024-05-01", status: "genomförd", tool: "Kunskap" }),
      // Done in the period.
      activity({ id: "A3", owner: "bo", date: "2024-11-20", status: "genomförd", tool: "Kunskap" }),
      // Planned for January and never updated: planned, flagged.
      activity({ id: "A4", owner: "bo", date: "2025-01-10", status: "planerad", tool: "Investering" }),
      // Planned for after the as-of date, still inside no period of ours.
      activity({ id: "A5", owner: "bo", date: "2025-05-01", status: "planerad", tool: "Investering" }),
      // Cancelled in the period: listed apart.
      activity({ id: "A6", owner: "bo", date: "2024-10-01", status: "inställd", tool: "Nätverk" }),
      // Spans the period's start.
      activity({ id: "A7", owner: null, date: "2024-08-15", endDate: "2024-09-05", status: "genomförd", tool: "Nätverk" }),
    ],
    deliverables: [
      { id: "L1", title: "Analys", due: "2024-12-01", status: "inställd", owner: "bo" },
      { id: "L2", title: "Rapport", due: "2025-01-15", status: "pågående", owner: "bo" },
    ],
  });
  const status = computeStatus(programme, { asOf, period });
  const bo = status.blocks[0];

  it("counts the ongoing activity that began in an earlier period", () => {
    // A1, A3, A4 (A2 and A5 outside, A6 cancelled).
    expect(bo?.activities).toMatchObject({
      total: 3,
      tookPlace: 2,
      cancelled: 1,
      plannedDatePassed: 1,
      byStatus: { pågående: 1, genomförd: 1, planerad: 1 },
    });
  });

  it("gives the programme the same totals as the block and coordination rows add up to", () => {
    // Block: 3; coordination: A7. Took place: A1, A3, A7 = 3; planned A4.
    expect(status.activities).toMatchObject({
      total: 4,
      tookPlace: 3,
      cancelled: 1,
      plannedDatePassed: 1,
      byBlock: { bo: 3, samordning: 1 },
    });
    expect(status.activities.byTool).toEqual({ Nätverk: 2, Kunskap: 1, Investering: 1 });
  });

  it("never counts a cancelled deliverable as due or overdue", () => {
    expect(bo?.deliverables).toMatchObject({ due: 1, overdue: 1 });
  });

  it("leaves ongoing work out of a period that ends before it began", () => {
    const early = computeStatus(programme, { asOf, period: { start: "2023-06-01", end: "2024-02-29" } });
    expect(early.activities.total).toBe(0);
  });
});
