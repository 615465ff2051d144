import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { formatStatus } from "../src/cli/format-status.ts";
import { composeSummary } from "../src/email/compose.ts";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { fixtureOutline } from "./helpers/report-fixture.ts";
import { renderReport } from "../src/report/render-report.ts";
import {
  countOf,
  days,
  formatDateLong,
  formatDateRange,
  formatKronor,
  formatMonthYear,
  formatNumber,
  formatPercent,
  joinList,
  plural,
} from "../src/text/swedish.ts";
import { docxParts } from "./helpers/docx-text.ts";
import { indicator, measurement } from "./helpers/programme.ts";
import { fixtureProgramme } from "./helpers/report-fixture.ts";

const NBSP = "\u00a0";

describe("the Swedish formatting module", () => {
  it.each([
    [4.55, "4,55"],
    [4.5, "4,5"],
    [4.0, "4"],
    [65_000, `65${NBSP}000`],
    [1_234_567.891, `1${NBSP}234${NBSP}567,89`],
    [-1.5, "\u22121,5"],
    [0.004, "0"],
  ])("writes %d as %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("writes shares as whole percent and amounts in kronor, with no-break spaces", () => {
    expect(formatPercent(0.364)).toBe(`36${NBSP}%`);
    expect(formatKronor(4_000_000)).toBe(`4${NBSP}000${NBSP}000${NBSP}kr`);
  });

  it("writes dates in Swedish with lower-case months, whatever the time of day in the ISO text", () => {
    expect(formatDateLong("2024-09-18")).toBe("18 september 2024");
    expect(formatDateLong("2024-09-18T23:30:00Z")).toBe("18 september 2024");
    expect(formatMonthYear("2023-06-01")).toBe("juni 2023");
    expect(formatDateRange("2024-09-16", "2024-09-22")).toBe("16–22 september 2024");
    expect(formatDateRange("2024-09-30", "2024-10-06")).toBe("30 september – 6 oktober 2024");
    expect(formatDateRange("2024-12-30", "2025-01-05")).toBe("30 december 2024 – 5 januari 2025");
  });

  it("joins lists with och or eller, and counts with the right form", () => {
    expect(joinList([])).toBe("");
    expect(joinList(["Bostäder"])).toBe("Bostäder");
    expect(joinList(["Bostäder", "Energi"])).toBe("Bostäder och Energi");
    expect(joinList(["a", "b", "c"])).toBe("a, b och c");
    expect(joinList(["a", "b"], "eller")).toBe("a eller b");
    expect([plural(1, "varning", "varningar"), plural(0, "varning", "varningar"), plural(2, "varning", "varningar")]).toEqual([
      "varning",
      "varningar",
      "varningar",
    ]);
    expect(countOf(1, "meddelande", "meddelanden")).toBe("1 meddelande");
    expect(countOf(1000, "fel", "fel")).toBe(`1${NBSP}000 fel`);
    expect(days(1)).toBe("1 dag");
    expect(days(17)).toBe("17 dagar");
  });
});

describe("one figure, written the same in the report, the e-mail and the terminal", () => {
  // 4,55 was "4,6" in the report and the command line but "4,55" in the e-mail.
  const programme = fixtureProgramme({
    indicators: [indicator({ id: "I1", name: "Andel", goal: "M1", unit: "procent", baseline: 1, target: 10, block: "bostader" })],
    measurements: [measurement("2024-06-30", 4.55)],
  });
  const status = computeStatus(programme, { asOf: "2024-09-18", reportNumber: 1 });

  it("is 4,55 in the command line's indicators", () => {
    expect(formatStatus(status)).toContain("I1 Andel: 4,55 procent (2024-06-30)");
  });

  it("is 4,55 in the weekly e-mail", () => {
    const mail = composeSummary({ slot: status.isoWeek, programme, problems: [], status }, { name: "Anna", overview: true, blocks: [] });
    expect(mail.text).toContain("4,55 procent");
    expect(mail.html).toContain("4,55 procent");
  });

  it("is 4,55 in the report's indicator table", async () => {
    const rendered = renderReport({ programme, status, outline: fixtureOutline([{ indicators: "table" }]), reportNumber: 1, problems: [] });
    const xml = (await docxParts(await Packer.toBuffer(rendered.document!))).get("word/document.xml") ?? "";
    expect(xml).toContain("4,55");
    expect(xml).not.toContain("4,6");
  });
});
