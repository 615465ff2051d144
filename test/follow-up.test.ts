/** Each report after the first follows up the one before; the slutrapport follows up all of them. Three reports, values worked out by hand. */
import { describe, expect, it } from "vitest";
import type { Report } from "../src/domain/model.ts";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { activity, emptyProgramme, indicator, measurement } from "./helpers/programme.ts";

function report(number: number, date: string, periodStart: string, periodEnd: string, type?: Report["type"]): Report {
  return {
    number,
    title: type === "slutrapport" ? "Slutrapport" : `Delrapport ${number}`,
    date,
    periodStart,
    periodEnd,
    decisionMaker: "Beslutsfattare",
    decisionMakerTitle: "avdelningschef",
    caseOfficers: ["Handläggare"],
    rapporteur: "Föredragande",
    place: "Stockholm",
    status: "beslutad",
    ...(type ? { type } : {}),
  };
}

const recommendation = (id: string, reportNumber: number, order: number) => ({
  id,
  report: String(reportNumber),
  recipient: "regeringen",
  title: `Rekommendation ${id}`,
  motivation: "Motivering.",
  order,
});

const programme = emptyProgramme({
  assignment: {
    name: "U",
    heading: "R",
    dnr: "1",
    governmentRefs: ["KN1"],
    start: "2023-06-01",
    end: "2026-12-31",
    agency: "Tillväxtverket",
  },
  reports: [
    report(1, "2024-09-18", "2023-06-01", "2024-08-31"),
    report(2, "2025-03-14", "2024-09-01", "2025-02-28"),
    report(3, "2025-09-15", "2025-03-01", "2025-08-31", "slutrapport"),
  ],
  blocks: [
    { id: "bo", name: "Bostäder", kind: "byggsten", status: "aktiv", order: 1 },
    { id: "as", name: "Attraktiva samhällen", kind: "byggsten", status: "aktiv", order: 2, started: "2024-11-01" },
    { id: "os", name: "Offentlig sektor", kind: "byggsten", status: "startar senare", order: 3 },
  ],
  indicators: [
    indicator({ id: "I1", name: "Forum", baseline: 0, baselineDate: "2023-06-01", target: 20, targetDate: "2026-12-31" }),
    indicator({
      id: "I2",
      name: "Väntetid",
      unit: "dagar",
      direction: "minska",
      baseline: 300,
      baselineDate: "2023-06-01",
      target: 100,
      targetDate: "2026-12-31",
    }),
    indicator({ id: "I3", name: "Nytt mått", baseline: 0, baselineDate: "2025-01-01", target: 10, targetDate: "2026-12-31" }),
  ],
  measurements: [
    measurement("2024-06-30", 11, "I1"),
    measurement("2025-01-31", 12, "I1"),
    // Dated after report 2's date: not "now" in report 2.
    measurement("2025-03-20", 15, "I1"),
    measurement("2024-08-15", 260, "I2"),
    measurement("2025-02-01", 230.5, "I2"),
    measurement("2025-08-01", 180, "I2"),
    measurement("2025-02-15", 4, "I3"),
  ],
  activities: [
    activity({ id: "BO-1", owner: "bo", date: "2024-03-01", status: "pågående" }),
    activity({ id: "BO-2", owner: "bo", date: "2024-05-01", endDate: "2024-10-15", status: "genomförd" }),
    activity({ id: "BO-3", owner: "bo", date: "2024-12-01", status: "genomförd" }),
    activity({ id: "BO-4", owner: "bo", date: "2025-01-10", status: "inställd" }),
    activity({ id: "AS-1", owner: "as", date: "2024-11-05", status: "pågående" }),
    activity({ id: "AS-2", owner: "as", date: "2025-05-05", status: "genomförd" }),
  ],
  deliverables: [
    { id: "BO-L1", title: "Analys", due: "2024-12-01", status: "levererad", deliveredOn: "2024-11-28", owner: "bo" },
    { id: "BO-L2", title: "PM", due: "2024-06-01", status: "levererad", deliveredOn: "2024-06-01", owner: "bo" },
  ],
  recommendations: [recommendation("R1", 1, 1), recommendation("R2", 1, 2), recommendation("R3", 2, 1), recommendation("R4", 3, 1)],
  recommendationFollowUps: [
    { recommendation: "R1", report: "2", status: "under beredning", response: "Regeringen bereder frågan." },
    { recommendation: "R1", report: "3", status: "genomförd" },
    { recommendation: "R3", report: "3", status: "avslagen", response: "Inte aktuellt i budgeten." },
  ],
});

describe("the first report", () => {
  it("has nothing to follow up", () => {
    expect(computeStatus(programme, { asOf: "2024-09-18", reportNumber: 1 }).followUp).toBeUndefined();
  });
});

describe("report 2 follows up report 1", () => {
  const status = computeStatus(programme, { asOf: "2025-03-14", reportNumber: 2 });
  const followUp = status.followUp!;

  it("names the report it follows up", () => {
    expect(followUp.previous).toEqual({ number: 1, title: "Delrapport 1", date: "2024-09-18", periodEnd: "2024-08-31" });
  });

  it("gives each indicator's value at report 1's date, now and the change", () => {
    expect(followUp.indicators).toEqual([
      // 11 on 2024-06-30 then; 12 on 2025-01-31 now (15 is dated after 2025-03-14): +1.
      {
        id: "I1",
        name: "Forum",
        unit: "antal",
        previous: { value: 11, date: "2024-06-30" },
        now: { value: 12, date: "2025-01-31" },
        change: 1,
      },
      // 260 → 230,5: −29,5 days (a decreasing indicator going the right way).
      {
        id: "I2",
        name: "Väntetid",
        unit: "dagar",
        previous: { value: 260, date: "2024-08-15" },
        now: { value: 230.5, date: "2025-02-01" },
        change: -29.5,
      },
      // Measured for the first time since: no earlier value, no change.
      { id: "I3", name: "Nytt mått", unit: "antal", now: { value: 4, date: "2025-02-15" } },
    ]);
  });

  it("says per started block what is new since report 1's period, and which blocks started since", () => {
    expect(followUp.blocks).toEqual([
      // BO-3 began after 2024-08-31 (BO-4 is cancelled); BO-2 and BO-3 were finished after it; BO-L1 delivered after it.
      { id: "bo", name: "Bostäder", newActivities: 1, completed: 2, delivered: 1 },
      // AS-1 began 2024-11-05; AS-2 lies after the as-of date.
      { id: "as", name: "Attraktiva samhällen", newActivities: 1, completed: 0, delivered: 0 },
    ]);
    expect(followUp.startedSince).toEqual(["Attraktiva samhällen"]);
  });

  it("counts in report 2 the ongoing activity that began in report 1's period", () => {
    // BO-1 ongoing since 2024-03-01, BO-2 ending 2024-10-15, BO-3; BO-4 cancelled apart.
    expect(status.blocks.find((b) => b.id === "bo")?.activities).toMatchObject({ total: 3, tookPlace: 3, cancelled: 1 });
  });

  it("follows up report 1's recommendations with their latest status up to report 2", () => {
    expect(followUp.recommendations).toEqual([
      {
        id: "R1",
        report: 1,
        recipient: "regeringen",
        title: "Rekommendation R1",
        status: "under beredning",
        statusReport: 2,
        response: "Regeringen bereder frågan.",
      },
      // Nothing said about R2: it stands as given.
      { id: "R2", report: 1, recipient: "regeringen", title: "Rekommendation R2", status: "lämnad" },
    ]);
  });
});

describe("report 3, the slutrapport, follows up reports 1 and 2", () => {
  const status = computeStatus(programme, { asOf: "2025-09-15", reportNumber: 3 });

  it("follows up every earlier recommendation with the latest status and response", () => {
    expect(status.followUp?.recommendations.map((r) => [r.id, r.status, r.statusReport, r.response])).toEqual([
      ["R1", "genomförd", 3, "Regeringen bereder frågan."],
      ["R2", "lämnad", undefined, undefined],
      ["R3", "avslagen", 3, "Inte aktuellt i budgeten."],
    ]);
  });

  it("lists every recommendation given, its own included", () => {
    expect(status.recommendations?.map((r) => [r.id, r.report, r.status])).toEqual([
      ["R1", 1, "genomförd"],
      ["R2", 1, "lämnad"],
      ["R3", 2, "avslagen"],
      ["R4", 3, "lämnad"],
    ]);
  });

  it("covers the whole assignment, not only its own period", () => {
    expect(status.period).toEqual({ start: "2023-06-01", end: "2025-08-31" });
    // BO-1, BO-2, BO-3, AS-1, AS-2; BO-4 cancelled.
    expect(status.activities).toMatchObject({ total: 5, cancelled: 1 });
  });

  it("follows each indicator across the three report dates", () => {
    expect(status.course?.points).toEqual([
      { report: 1, date: "2024-09-18" },
      { report: 2, date: "2025-03-14" },
      { report: 3, date: "2025-09-15" },
    ]);
    const i1 = status.course?.indicators.find((i) => i.id === "I1");
    // 11, 12 and 15 of the way from 0 to 20.
    expect(i1?.values).toEqual([11, 12, 15]);
    expect(i1?.progress).toEqual([0.55, 0.6, 0.75]);
    const i2 = status.course?.indicators.find((i) => i.id === "I2");
    // (300 − 260) / 200, (300 − 230,5) / 200, (300 − 180) / 200.
    expect(i2?.progress).toEqual([0.2, 0.3475, 0.6]);
    expect(status.course?.indicators.find((i) => i.id === "I3")?.values).toEqual([null, 4, 4]);
  });
});
