/**
 * A section of the lägesbild shows its first rows and says how many more there
 * are; rows are built only for what is shown, from lists narrowed once per run.
 */
import { describe, expect, it } from "vitest";
import { buildSummaryContent } from "../src/email/build-content.ts";
import { changesBetween } from "../src/weekly/changes.ts";
import type { Row } from "../src/email/content.ts";
import { firstRows, rowsOf } from "../src/email/first-rows.ts";
import type { Audience, SummaryFacts } from "../src/email/scope.ts";
import { MAX_CHANGE_ROWS } from "../src/email/section-changes.ts";
import { MAX_DELIVERABLE_ROWS } from "../src/email/section-deliverables.ts";
import { takeSnapshot } from "../src/weekly/snapshot.ts";
import { activity } from "./helpers/programme.ts";
import { deliverable, fixtureProgramme, fixtureStatus } from "./helpers/summary-fixture.ts";

const manager: Audience = { overview: true, blocks: [] };
const energi: Audience = { overview: false, blocks: ["energi"] };

describe("the first rows of a section", () => {
  it("are built from the sources in order, up to the limit, counting the items left out", () => {
    const built: string[] = [];
    const row = (label: string): Row => {
      built.push(label);
      return { label, cells: [] };
    };
    const { rows, left } = firstRows([rowsOf(["a", "b", "c"], row), rowsOf([], row), rowsOf(["d", "e", "f", "g"], row)], 5);
    expect(rows.map((r) => r.label)).toEqual(["a", "b", "c", "d", "e"]);
    expect(left).toBe(2);
    expect(built).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("are all of them, with none left, when the limit is not reached", () => {
    expect(firstRows([rowsOf(["a"], (label) => ({ label, cells: [] }))], 5)).toEqual({ rows: [{ label: "a", cells: [] }], left: 0 });
  });
});

describe("deliverables in the lägesbild", () => {
  // As of 2024-09-18: 23 overdue (due 2024-08-01 … 2024-08-23, written latest first) and 5 due within 30 days.
  const overdue = Array.from({ length: 23 }, (_, i) =>
    deliverable({
      id: `O${i}`,
      title: `Sen ${i}`,
      due: `2024-08-${String(23 - i).padStart(2, "0")}`,
      owner: i % 2 ? "energi" : "bostader",
    }),
  );
  const soon = Array.from({ length: 5 }, (_, i) =>
    deliverable({ id: `S${i}`, title: `Snart ${i}`, due: `2024-10-0${5 - i}`, owner: "energi" }),
  );
  const programme = fixtureProgramme({ deliverables: [...soon, ...overdue] });
  const facts: SummaryFacts = { slot: "2024-W38", programme, problems: [], status: fixtureStatus(programme) };
  const deliverables = (audience: Audience) => buildSummaryContent(facts, audience).sections.find((s) => s.title.startsWith("Leveranser"))!;

  it("shows the 20 most overdue first and counts the 8 others", () => {
    const section = deliverables(manager);
    expect(MAX_DELIVERABLE_ROWS).toBe(20);
    expect(section.rows.map((r) => r.label)).toEqual(Array.from({ length: 20 }, (_, i) => `Sen ${22 - i}`));
    expect(section.rows[0]!.cells).toEqual(["2024-08-01", "försenad 48 dagar", "Bostäder"]);
    expect(section.more).toBe("… och 8 till");
  });

  it("shows a block's owner their own: 11 overdue, then 5 soon, 16 rows and nothing more", () => {
    const section = deliverables(energi);
    expect(section.rows.map((r) => r.label)).toEqual([
      ...[21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 1].map((i) => `Sen ${i}`),
      ...[4, 3, 2, 1, 0].map((i) => `Snart ${i}`),
    ]);
    expect(section.rows[11]!.cells).toEqual(["2024-10-01", "förfaller om 13 dagar", "Energi"]);
    expect(section.more).toBeUndefined();
  });
});

describe("overdue deliverables due on the same day", () => {
  it("are shown in sheet order up to the limit, whichever block keeps them, and the rest counted", () => {
    // 22 deliverables all due 2024-09-02, written in the order T0 … T21; one due earlier, written last, comes first.
    const tied = Array.from({ length: 22 }, (_, i) =>
      deliverable({ id: `T${i}`, title: `Lika ${i}`, due: "2024-09-02", owner: i % 3 ? "energi" : "bostader" }),
    );
    const earliest = deliverable({ id: "E", title: "Äldst", due: "2024-09-01", owner: "energi" });
    const programme = fixtureProgramme({ deliverables: [...tied, earliest] });
    const facts: SummaryFacts = { slot: "2024-W38", programme, problems: [], status: fixtureStatus(programme) };
    const section = buildSummaryContent(facts, manager).sections.find((s) => s.title.startsWith("Leveranser"))!;
    expect(section.rows.map((r) => r.label)).toEqual(["Äldst", ...Array.from({ length: 19 }, (_, i) => `Lika ${i}`)]);
    expect(section.rows[1]!.cells).toEqual(["2024-09-02", "försenad 16 dagar", "Bostäder"]);
    expect(section.more).toBe("… och 3 till");
  });
});

describe("changes in the lägesbild", () => {
  it("shows the first 25 new activities and counts the others", () => {
    const before = fixtureProgramme();
    const added = Array.from({ length: 30 }, (_, i) => activity({ id: `NY-${i}`, title: `Ny ${i}`, owner: "energi", date: "2024-09-10" }));
    const after = fixtureProgramme({ activities: [...before.activities, ...added] });
    const changes = changesBetween(
      takeSnapshot("2024-W37", before, fixtureStatus(before, "2024-09-11")),
      takeSnapshot("2024-W38", after, fixtureStatus(after)),
    );
    const facts: SummaryFacts = { slot: "2024-W38", programme: after, problems: [], status: fixtureStatus(after), changes };
    const section = buildSummaryContent(facts, energi).sections.find((s) => s.title.startsWith("Sedan förra lägesbilden"))!;
    expect(MAX_CHANGE_ROWS).toBe(25);
    expect(section.rows).toHaveLength(25);
    expect(section.rows[0]!.cells[0]).toBe("NY-0 Ny 0 (genomförd)");
    expect(section.rows[24]!.cells[0]).toBe("NY-24 Ny 24 (genomförd)");
    expect(section.more).toBe("… och 5 till");
  });
});
