/** Due soon, overdue and a stale workbook are decided once, in the status picture, and the e-mail only shows them. */
import { describe, expect, it } from "vitest";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { THRESHOLDS } from "../src/indicators/thresholds.ts";
import { block, deliverable } from "./helpers/summary-fixture.ts";
import { emptyProgramme } from "./helpers/programme.ts";

const asOf = "2024-09-18";

describe("deliverables in the status picture", () => {
  const programme = emptyProgramme({
    blocks: [block({ id: "bostader", name: "Bostäder", order: 1 })],
    deliverables: [
      deliverable({ id: "late", due: "2024-09-01", owner: "bostader" }),
      deliverable({ id: "today", due: "2024-09-18", owner: null }),
      // 2024-09-18 + 30 days = 2024-10-18: the last day that is still "due soon".
      deliverable({ id: "last-soon-day", due: "2024-10-18", owner: "bostader" }),
      deliverable({ id: "day-after", due: "2024-10-19", owner: "bostader" }),
      deliverable({ id: "delivered-late", due: "2024-08-01", status: "levererad", owner: "bostader" }),
      deliverable({ id: "cancelled-late", due: "2024-08-01", status: "inställd", owner: "bostader" }),
    ],
  });
  const status = computeStatus(programme, { asOf });

  it("lists the open ones overdue, then those due within the threshold, with days late or left", () => {
    expect(THRESHOLDS.dueSoonDays).toBe(30);
    expect(status.dueSoonDays).toBe(30);
    expect(status.deliverablesDue.map((d) => [d.deliverable.id, d.state, d.days])).toEqual([
      ["late", "overdue", 17],
      ["today", "due-soon", 0],
      ["last-soon-day", "due-soon", 30],
    ]);
  });

  it("counts the block's own from the same list", () => {
    expect(status.blocks[0]?.deliverables).toMatchObject({ overdue: 1, dueSoon: 1 });
  });
});

describe("a block's workbook nobody has saved", () => {
  const statusFor = (modifiedAt: string, blockStatus: "aktiv" | "startar senare" = "aktiv") =>
    computeStatus(
      emptyProgramme({
        blocks: [block({ id: "b", name: "B", order: 1, status: blockStatus })],
        workbooks: [{ name: "b.xlsx", location: "b.xlsx", owner: "b", readable: true, modifiedAt }],
      }),
      { asOf },
    ).blocks[0];

  it.each([
    ["30 days ago", "2024-08-19T10:00:00Z", false],
    ["31 days ago", "2024-08-18T10:00:00Z", true],
  ])("is stale when saved more than 30 days before: %s", (_, modifiedAt, stale) => {
    expect(statusFor(modifiedAt)?.workbookStale).toBe(stale);
  });

  it("is not stale for a block that starts later", () => {
    expect(statusFor("2024-01-01T10:00:00Z", "startar senare")?.workbookStale).toBe(false);
  });
});
