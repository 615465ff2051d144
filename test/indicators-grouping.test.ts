/**
 * computeStatus groups activities, measurements and deliverables once, then
 * gives each indicator, goal and block only its own rows. These tests check the
 * grouping, and that the picture is the one each result gives from all rows.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deliverable } from "../src/domain/model.ts";
import { activitiesInPeriod } from "../src/indicators/activity-counts.ts";
import { blockResult } from "../src/indicators/block-result.ts";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { deliverablesDue } from "../src/indicators/deliverable-status.ts";
import { goalResult } from "../src/indicators/goal-result.ts";
import { groupBy, rowsUnder } from "../src/indicators/group.ts";
import { indicatorResult } from "../src/indicators/indicator-result.ts";
import { THRESHOLDS } from "../src/indicators/thresholds.ts";
import { activity, emptyProgramme, indicator, measurement } from "./helpers/programme.ts";

describe("grouping rows once", () => {
  it("lists each row under each of its keys, once, in the rows' order", () => {
    const rows = [
      { id: "a", keys: ["M1", "M2"] },
      { id: "b", keys: ["M2", "M2"] },
      { id: "c", keys: [] },
      { id: "d", keys: ["M1"] },
    ];
    const groups = groupBy(rows, (r) => r.keys);
    expect([...groups.keys()]).toEqual(["M1", "M2"]);
    expect(groups.get("M1")?.map((r) => r.id)).toEqual(["a", "d"]);
    expect(groups.get("M2")?.map((r) => r.id)).toEqual(["a", "b"]);
  });

  it("keeps null (the coordination) as a key of its own, and gives the rows under several keys in the keys' order", () => {
    const groups = groupBy([{ owner: null }, { owner: "bo" }, { owner: null }], (r) => [r.owner]);
    expect(groups.get(null)).toHaveLength(2);
    expect(
      rowsUnder(
        new Map([
          ["x", [1, 2]],
          ["y", [3]],
        ]),
        ["y", "z", "x"],
      ),
    ).toEqual([3, 1, 2]);
  });
});

const GOALS = ["M1", "M2", "E1"];
const OWNERS = [null, "bo", "en"];
const day = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2023, 5, 1) + n * 86_400_000).toISOString().slice(0, 10));
const programmes = fc
  .record({
    activities: fc.array(
      fc.record({
        date: day,
        length: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
        goals: fc.array(fc.constantFrom(...GOALS, "okänt"), { maxLength: 3 }),
        owner: fc.constantFrom(...OWNERS),
        status: fc.constantFrom("planerad", "pågående", "genomförd", "inställd"),
      }),
      { maxLength: 40 },
    ),
    measurements: fc.array(
      fc.record({ indicator: fc.constantFrom("I1", "I2", "I3", "I9"), date: day, value: fc.integer({ min: 0, max: 120 }) }),
      { maxLength: 30 },
    ),
    deliverables: fc.array(
      fc.record({ due: day, owner: fc.constantFrom(...OWNERS), status: fc.constantFrom("planerad", "levererad", "försenad", "inställd") }),
      { maxLength: 20 },
    ),
  })
  .map(({ activities, measurements, deliverables }) =>
    emptyProgramme({
      goals: GOALS.map((id) => ({ id, kind: id.startsWith("M") ? "delmål" : "önskad effekt", text: id })),
      indicators: [indicator({ id: "I1", goal: "M1" }), indicator({ id: "I2", goal: "M1" }), indicator({ id: "I3", goal: "E1" })],
      blocks: ["bo", "en"].map((id, i) => ({ id, name: id, kind: "byggsten", status: "aktiv", order: i + 1 })) as never,
      activities: activities.map((a, i) => {
        const endDate =
          a.length === undefined ? undefined : new Date(Date.parse(a.date) + a.length * 86_400_000).toISOString().slice(0, 10);
        return activity({
          id: `A${i}`,
          date: a.date,
          ...(endDate ? { endDate } : {}),
          goals: a.goals,
          owner: a.owner,
          status: a.status as never,
        });
      }),
      measurements: measurements.map((m) => measurement(m.date, m.value, m.indicator)),
      deliverables: deliverables.map(
        (d, i) => ({ id: `L${i}`, title: `L${i}`, due: d.due, status: d.status, owner: d.owner }) as unknown as Deliverable,
      ),
    }),
  );

describe("the status picture from grouped rows", () => {
  it("is the picture each indicator, goal and block gives when handed every row", () => {
    const asOf = "2024-09-18";
    const period = { start: "2023-06-01", end: asOf };
    fc.assert(
      fc.property(programmes, (programme) => {
        const status = computeStatus(programme, { asOf, period });
        const activities = activitiesInPeriod(programme.activities, period, asOf);
        const indicators = programme.indicators.map((i) => indicatorResult(i, programme.measurements, programme.milestones, asOf));
        expect(status.indicators).toEqual(indicators);
        expect(status.goals).toEqual(
          programme.goals.map((g) => goalResult(g, indicators, activities, programme.measurements, period, asOf)),
        );
        const due = deliverablesDue(programme.deliverables, asOf, THRESHOLDS.dueSoonDays);
        expect(status.blocks).toEqual(
          programme.blocks.map((b) => blockResult(b, activities, programme.deliverables, due, undefined, period, asOf)),
        );
      }),
      { numRuns: 200 },
    );
  });
});
