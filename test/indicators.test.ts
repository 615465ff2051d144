import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { indicatorResult } from "../src/indicators/indicator-result.ts";
import { INDICATOR_STATUSES } from "../src/indicators/types.ts";
import { activity, emptyProgramme, indicator, measurement, milestone } from "./helpers/programme.ts";

// Baseline 0 on 2024-01-01, target 100 on 2026-01-01: on 2025-01-01, 366 of 731 days have passed.
const ASOF = "2025-01-01";
const EXPECTED_BY_TIME = 0.500684;

describe("an indicator on the as-of date", () => {
  it.each([
    [
      "on track when progress keeps up with time",
      {},
      [["2024-12-31", 50]],
      { progress: 0.5, expectedProgress: EXPECTED_BY_TIME, status: "i fas" },
    ],
    ["at risk 10–25 points behind", {}, [["2024-12-31", 35]], { progress: 0.35, status: "risk" }],
    ["behind more than 25 points behind", {}, [["2024-12-31", 20]], { progress: 0.2, status: "efter" }],
    ["reached at the target value", {}, [["2024-06-01", 100]], { progress: 1, status: "uppnått" }],
    ["reached beyond the target value", {}, [["2024-06-01", 130]], { progress: 1.3, status: "uppnått" }],
    [
      "decreasing, halfway",
      { direction: "minska", baseline: 20, target: 10 },
      [["2024-12-01", 15]],
      { progress: 0.5, change: -5, status: "i fas" },
    ],
    ["decreasing, below target", { direction: "minska", baseline: 20, target: 10 }, [["2024-12-01", 9]], { status: "uppnått" }],
    [
      "decreasing, gone the wrong way",
      { direction: "minska", baseline: 20, target: 10 },
      [["2024-12-01", 25]],
      { progress: -0.5, status: "efter" },
    ],
    ["negative values", { baseline: -10, target: -2 }, [["2024-12-01", -6]], { progress: 0.5, change: 4, status: "i fas" }],
    ["target equal to baseline, held", { baseline: 5, target: 5 }, [["2024-12-01", 5]], { progress: 1, status: "uppnått" }],
    ["target equal to baseline, lost", { baseline: 5, target: 5 }, [["2024-12-01", 4]], { status: "efter" }],
    ["no baseline, target reached", { baseline: undefined, baselineDate: undefined }, [["2024-12-01", 120]], { status: "uppnått" }],
    ["no baseline, not reached", { baseline: undefined, baselineDate: undefined }, [["2024-12-01", 50]], { status: "saknar data" }],
    ["no measurement", {}, [], { status: "saknar data", stale: true, measurementCount: 0 }],
    ["only a measurement after the as-of date", {}, [["2025-02-01", 90]], { status: "saknar data", measurementCount: 0 }],
    [
      "a target date before the baseline date",
      { baselineDate: "2025-06-01", targetDate: "2024-06-01" },
      [["2024-12-01", 50]],
      { expectedProgress: 1, status: "efter" },
    ],
    ["past the target date unreached", { targetDate: "2024-12-01" }, [["2024-11-30", 99]], { status: "efter" }],
  ] as const)("is %s", (_, overrides, values, expected) => {
    const result = indicatorResult(
      indicator(overrides as Parameters<typeof indicator>[0]),
      values.map(([d, v]) => measurement(d, v)),
      [],
      ASOF,
    );
    expect(result).toMatchObject(expected);
    for (const value of Object.values(result)) if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  });

  it("uses the latest measurement on or before the as-of date", () => {
    const values = [measurement("2024-03-01", 10), measurement("2024-11-01", 40), measurement("2025-03-01", 90)];
    expect(indicatorResult(indicator(), values, [], ASOF)).toMatchObject({
      latest: { value: 40, date: "2024-11-01" },
      measurementCount: 2,
      daysSinceLatest: 61,
    });
  });

  it("expects progress along the milestones when the sheet gives them", () => {
    const result = indicatorResult(indicator(), [measurement("2024-12-15", 8)], [milestone("2025-01-01", 10)], ASOF);
    expect(result).toMatchObject({ expectedFrom: "etappmål", expectedProgress: 0.1, expectedValue: 10, progress: 0.08, status: "i fas" });
  });

  it("interpolates between milestones by days", () => {
    // Halfway in days between 2024-01-01 (0) and 2025-01-01 (10) is 2024-07-02.
    const result = indicatorResult(indicator(), [measurement("2024-07-01", 5)], [milestone("2025-01-01", 10)], "2024-07-02");
    expect(result.expectedValue).toBeCloseTo(5, 6);
  });

  it("is stale when the latest measurement is older than the limit", () => {
    expect(indicatorResult(indicator(), [measurement("2024-06-01", 50)], [], ASOF, 120)).toMatchObject({
      stale: true,
      daysSinceLatest: 214,
    });
    expect(indicatorResult(indicator(), [measurement("2024-06-01", 50)], [], ASOF, 365)).toMatchObject({ stale: false });
  });
});

describe("properties of indicator results", () => {
  const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const date = fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

  it("never has an undefined status or a non-finite number, whatever the inputs", () => {
    fc.assert(
      fc.property(
        value,
        value,
        date,
        date,
        fc.option(fc.tuple(date, value)),
        fc.boolean(),
        date,
        (baseline, target, baseDate, targetDate, m, up, asOf) => {
          const result = indicatorResult(
            indicator({ baseline, target, baselineDate: baseDate, targetDate, direction: up ? "öka" : "minska" }),
            m ? [measurement(m[0], m[1])] : [],
            [],
            asOf,
          );
          expect(INDICATOR_STATUSES).toContain(result.status);
          expect(JSON.stringify(result)).not.toMatch(/null|NaN|Infinity/);
        },
      ),
    );
  });

  it("gives an increasing indicator more progress for a higher value", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const p = (v: number) => indicatorResult(indicator(), [measurement("2024-12-01", v)], [], ASOF).progress ?? 0;
        expect(p(low)).toBeLessThanOrEqual(p(high));
      }),
    );
  });
});

describe("the status picture", () => {
  const programme = emptyProgramme({
    assignment: {
      name: "Uppdraget",
      heading: "Rubrik",
      dnr: "1",
      governmentRefs: ["KN1"],
      start: "2023-06-01",
      end: "2026-12-31",
      agency: "Tillväxtverket",
    },
    goals: [
      { id: "M1", kind: "delmål", text: "Samverkan" },
      { id: "M2", kind: "delmål", text: "Kapacitet" },
    ],
    blocks: [
      { id: "bo", name: "Bostäder", kind: "byggsten", status: "aktiv", order: 2 },
      { id: "as", name: "Attraktiva samhällen", kind: "byggsten", status: "startar senare", order: 1 },
    ],
    indicators: [indicator()],
    // On 2024-09-18, 261 of 731 days have passed (expected 0,357); 20 of 100 is 0,2: 15,7 points behind.
    measurements: [measurement("2024-09-01", 20)],
    activities: [
      activity({ id: "A1", owner: "bo", goals: ["M1"], tool: "Kunskap", date: "2024-02-01", status: "genomförd" }),
      activity({ id: "A2", owner: "bo", goals: ["M1"], tool: "Nätverk", date: "2024-05-01", endDate: "2024-12-01", status: "pågående" }),
      activity({ id: "A3", owner: null, goals: ["M1"], date: "2023-01-01", status: "genomförd" }),
      activity({ id: "A4", owner: "bo", goals: ["M1"], date: "2024-03-01", status: "inställd" }),
    ],
    deliverables: [
      { id: "L1", title: "Analys", due: "2024-08-01", status: "pågående", owner: "bo" },
      { id: "L2", title: "Rapport", due: "2024-10-01", status: "ej påbörjad", owner: "bo" },
      { id: "L3", title: "PM", due: "2024-01-26", status: "levererad", deliveredOn: "2024-01-26", owner: "bo" },
    ],
    budget: [
      { year: 2023, allocated: 4_000_000, spent: 3_600_000, status: "beslutad" },
      { year: 2024, allocated: 10_000_000, spent: 6_200_000, status: "beslutad" },
      { year: 2025, allocated: 10_000_000, status: "väntad" },
    ],
  });
  const status = computeStatus(programme, { asOf: "2024-09-18", period: { start: "2024-01-01", end: "2024-09-18" } });

  it("counts the assignment's days inclusive of both ends", () => {
    // 2023-06-01 .. 2026-12-31 is 1310 days; 2023-06-01 .. 2024-09-18 is 476.
    expect(status.assignment).toMatchObject({ daysTotal: 1310, daysElapsed: 476, elapsedShare: 0.363359 });
    expect(status.isoWeek).toBe("2024-W38");
  });

  it("compares spending with an even pace over the part of each year the assignment runs", () => {
    // 2023 is fully elapsed (4 Mkr); 2024 is 262 of 366 days (7,158 Mkr): 11,158 of 14 Mkr.
    expect(status.assignment?.budget).toMatchObject({
      allocatedToDate: 14_000_000,
      spentTotal: 9_800_000,
      spentShareToDate: 0.7,
      expectedShareToDate: 0.797034,
    });
  });

  it("rolls goals up from their indicators and counts linked activities in the period, not cancelled ones", () => {
    const m1 = status.goals.find((g) => g.id === "M1");
    expect(m1).toMatchObject({ status: "risk", indicators: ["I1"], untouched: false });
    expect(m1?.activities).toMatchObject({ total: 2, byTool: { Kunskap: 1, Nätverk: 1 }, byBlock: { bo: 2 } });
    expect(status.goals.find((g) => g.id === "M2")).toMatchObject({ status: "saknar data", untouched: true });
  });

  it("gives each block its activities by status and its deliverables due, overdue and soon", () => {
    const bo = status.blocks.find((b) => b.id === "bo");
    // A1 done and A2 ongoing count; A4 is cancelled: listed apart, in no total.
    expect(bo?.activities).toMatchObject({
      total: 2,
      tookPlace: 2,
      cancelled: 1,
      plannedDatePassed: 0,
      byStatus: { genomförd: 1, pågående: 1 },
    });
    expect(bo?.deliverables).toEqual({ due: 2, overdue: 1, done: 1, dueSoon: 1 });
    expect(status.blocks.map((b) => [b.id, b.notStarted])).toEqual([
      ["as", true],
      ["bo", false],
    ]);
  });

  it("gives the same result tomorrow for a past as-of date", () => {
    const later = emptyProgramme({ ...programme, measurements: [...programme.measurements, measurement("2024-10-01", 90)] });
    expect(computeStatus(later, { asOf: "2024-09-18", period: status.period })).toEqual(status);
  });

  it("is the same whatever the machine's time zone", () => {
    const original = process.env["TZ"];
    const results = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map((tz) => {
      process.env["TZ"] = tz;
      return JSON.stringify(computeStatus(programme, { asOf: "2024-09-18" }));
    });
    process.env["TZ"] = original;
    expect(new Set(results).size).toBe(1);
  });
});

describe("indicator details", () => {
  it("finds the latest measurement whatever order the rows are in", () => {
    const values = [measurement("2024-11-01", 40), measurement("2024-03-01", 10), measurement("2024-07-01", 25)];
    expect(indicatorResult(indicator(), values, [], ASOF)).toMatchObject({
      latest: { value: 40, date: "2024-11-01" },
      measurementCount: 3,
    });
  });

  it("ignores other indicators' measurements and milestones", () => {
    const result = indicatorResult(
      indicator(),
      [measurement("2024-12-01", 50), measurement("2024-12-15", 99, "I2")],
      [milestone("2025-01-01", 90, "I2")],
      ASOF,
    );
    expect(result).toMatchObject({ latest: { value: 50 }, measurementCount: 1, expectedFrom: "tid" });
  });

  it("follows milestones given in any order", () => {
    // 2024-01-01: 0 → 2024-07-01: 20 → 2025-01-01: 60 → 2026-01-01: 100; halfway (by days) between the second and third.
    const result = indicatorResult(
      indicator(),
      [measurement("2024-10-01", 40)],
      [milestone("2025-01-01", 60), milestone("2024-07-01", 20)],
      "2024-10-01",
    );
    expect(result.expectedValue).toBeCloseTo(40, 6);
    expect(result).toMatchObject({ expectedFrom: "etappmål", status: "i fas" });
  });

  it("counts a decreasing indicator at exactly its target as reached", () => {
    expect(
      indicatorResult(indicator({ direction: "minska", baseline: 20, target: 10 }), [measurement("2024-12-01", 10)], [], ASOF).status,
    ).toBe("uppnått");
  });

  it.each([
    ["no measurement", {}, [], "Inget mätvärde ännu."],
    [
      "no baseline",
      { baseline: undefined, baselineDate: undefined },
      [["2024-12-01", 50]],
      "Basvärde saknas, så framsteget kan inte beräknas.",
    ],
    [
      "target equal to baseline, lost",
      { baseline: 5, target: 5 },
      [["2024-12-01", 4]],
      "Målvärdet är lika med basvärdet och värdet har rört sig åt fel håll.",
    ],
  ] as const)("explains %s", (_, overrides, values, note) => {
    const result = indicatorResult(
      indicator(overrides as Parameters<typeof indicator>[0]),
      values.map(([d, v]) => measurement(d, v)),
      [],
      ASOF,
    );
    expect(result.note).toBe(note);
  });

  it("has no note when the numbers speak for themselves", () => {
    expect(indicatorResult(indicator(), [measurement("2024-12-01", 50)], [], ASOF).note).toBeUndefined();
  });
});

describe("which activities fall in the period", () => {
  const period = { start: "2024-01-01", end: "2024-06-30" };
  it.each([
    ["one ending on the first day", { date: "2023-12-01", endDate: "2024-01-01" }, 1],
    ["one starting on the last day", { date: "2024-06-30" }, 1],
    ["one ending the day before", { date: "2023-12-01", endDate: "2023-12-31" }, 0],
    ["one starting the day after", { date: "2024-07-01" }, 0],
    ["one spanning the whole period", { date: "2023-01-01", endDate: "2025-01-01" }, 1],
  ])("counts %s", (_, dates, count) => {
    const programme = emptyProgramme({ activities: [activity(dates)] });
    expect(computeStatus(programme, { asOf: "2024-06-30", period }).activities.total).toBe(count);
  });
});

describe("the period and the workbooks", () => {
  const assignment = {
    name: "U",
    heading: "R",
    dnr: "1",
    governmentRefs: ["KN1"],
    start: "2023-06-01",
    end: "2026-12-31",
    agency: "Tillväxtverket",
  };
  const report = {
    number: 2,
    title: "Delrapport 2",
    date: "2025-09-18",
    periodStart: "2024-09-19",
    periodEnd: "2025-09-18",
    decisionMaker: "K",
    decisionMakerTitle: "avdelningschef",
    caseOfficers: ["A"],
    rapporteur: "B",
    place: "Luleå",
    status: "utkast" as const,
  };

  it("takes the report's period when asked for a report, and the assignment so far otherwise", () => {
    const programme = emptyProgramme({ assignment, reports: [report] });
    expect(computeStatus(programme, { asOf: "2025-10-01", reportNumber: 2 })).toMatchObject({
      period: { start: "2024-09-19", end: "2025-09-18" },
      reportNumber: 2,
    });
    expect(computeStatus(programme, { asOf: "2025-10-01" }).period).toEqual({ start: "2023-06-01", end: "2025-10-01" });
    expect(computeStatus(programme, { asOf: "2025-10-01" }).reportNumber).toBeUndefined();
    expect(computeStatus(emptyProgramme(), { asOf: "2025-10-01" }).period).toEqual({ start: "2025-10-01", end: "2025-10-01" });
  });

  it("keeps an unknown report number but falls back to the default period", () => {
    const status = computeStatus(emptyProgramme({ assignment }), { asOf: "2025-10-01", reportNumber: 9 });
    expect(status).toMatchObject({ reportNumber: 9, period: { start: "2023-06-01", end: "2025-10-01" } });
  });

  it("tells each block how long ago its own workbook changed", () => {
    const programme = emptyProgramme({
      blocks: [
        { id: "bo", name: "Bostäder", kind: "byggsten", status: "aktiv", order: 1 },
        { id: "en", name: "Energi", kind: "byggsten", status: "aktiv", order: 2 },
      ],
      workbooks: [
        { name: "central.xlsx", location: "/x/central.xlsx", owner: null, readable: true, modifiedAt: "2024-01-01T10:00:00Z" },
        { name: "bostader.xlsx", location: "/x/bostader.xlsx", owner: "bo", readable: true, modifiedAt: "2024-09-10T22:30:00Z" },
        { name: "energi.xlsx", location: "/x/energi.xlsx", owner: "en", readable: false },
      ],
    });
    const [bo, en] = computeStatus(programme, { asOf: "2024-09-18" }).blocks;
    // 22:30 UTC on 10 September is 00:30 on 11 September in Stockholm.
    expect(bo).toMatchObject({ workbookModifiedAt: "2024-09-10T22:30:00Z", daysSinceWorkbookChanged: 7, readable: true });
    expect(en).toMatchObject({ readable: false });
    expect(en?.daysSinceWorkbookChanged).toBeUndefined();
  });
});
