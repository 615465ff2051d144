/** The week the attention lines and the browser checks are tested against. */
import type { Programme } from "../../src/domain/model.ts";
import { changesBetween } from "../../src/weekly/changes.ts";
import type { SummaryFacts } from "../../src/email/scope.ts";
import { takeSnapshot } from "../../src/weekly/snapshot.ts";
import { indicator } from "./programme.ts";
import { deliverable, fixtureProblems, fixtureProgramme, fixtureStatus } from "./summary-fixture.ts";

/**
 * A hard week, as of Wednesday 2024-09-18: indicator I2 has slipped from "i fas"
 * to "risk" since last week, Bostadsanalys has been due since 1 September,
 * Energirapport falls due on Friday, both block workbooks have an error and
 * Energi's workbook was last saved on 1 July.
 */
export function hardWeek(): Programme {
  const base = fixtureProgramme();
  return {
    ...base,
    // Half-way on 1 September against a target at year end: 261 of 365 days gone, 71,5 % expected, 21,5 points behind: risk.
    indicators: [
      ...base.indicators,
      indicator({
        id: "I2",
        name: "Andel klara",
        block: "bostader",
        unit: "procent",
        baseline: 0,
        baselineDate: "2024-01-01",
        target: 100,
        targetDate: "2024-12-31",
      }),
    ],
    measurements: [...base.measurements, { indicator: "I2", date: "2024-09-01", value: 50, owner: "bostader" }],
    deliverables: [...base.deliverables, deliverable({ id: "EN-L3", title: "Energirapport", due: "2024-09-20", owner: "energi" })],
    workbooks: base.workbooks.map((w) => (w.name === "energi.xlsx" ? { ...w, modifiedAt: "2024-07-01T10:00:00Z" } : w)),
  };
}

/** The facts of the hard week, compared with a previous week in which I2 was still "i fas". */
export function hardWeekFacts(programme: Programme = hardWeek()): SummaryFacts {
  const status = fixtureStatus(programme);
  const now = takeSnapshot(status.isoWeek, programme, status);
  const lastWeek = {
    ...now,
    slot: "2024-W37",
    asOf: "2024-09-11",
    indicators: now.indicators.map((i) => (i.id === "I2" ? { ...i, status: "i fas" as const } : i)),
  };
  return { slot: status.isoWeek, programme, problems: fixtureProblems(), status, changes: changesBetween(lastWeek, now) };
}
