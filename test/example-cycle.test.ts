/**
 * The reporting cycle on the examples: delrapport 2 continues delrapport 1 and
 * the slutrapport ends it. Counts and follow-up figures are worked out by hand
 * from examples/delrapport-2/source and examples/slutrapport/source.
 */
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import type { Programme } from "../src/domain/model.ts";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { loadOutlines, type Outlines } from "../src/report/outline/load-outline.ts";
import { combinedTextRules, outlineFor } from "../src/report/outline/outline.ts";
import { startingLater } from "../src/report/placeholders.ts";
import { renderReport } from "../src/report/render-report.ts";
import { folderSource } from "../src/sources/xlsx/folder-source.ts";
import type { Problem } from "../src/validation/problem.ts";
import { docxParts, paragraphsOf } from "./helpers/docx-text.ts";

async function load(dir: string): Promise<{ programme: Programme; problems: readonly Problem[]; outlines: Outlines }> {
  const outlines = await loadOutlines();
  const source = folderSource(dir);
  const validated = await loadProgramme(source, combinedTextRules([outlines.delrapport, outlines.slutrapport])).finally(() =>
    source.close(),
  );
  return { ...validated, outlines };
}

async function render(
  dir: string,
  reportNumber: number,
  asOf: string,
): Promise<{ text: string; parts: Map<string, string>; draft: boolean }> {
  const { programme, problems, outlines } = await load(dir);
  const outline = outlineFor(
    outlines,
    programme.reports.find((r) => r.number === reportNumber),
  );
  const rendered = renderReport({ programme, status: computeStatus(programme, { asOf, reportNumber }), outline, reportNumber, problems });
  const parts = await docxParts(await Packer.toBuffer(rendered.document!));
  return {
    text: paragraphsOf(parts.get("word/document.xml") ?? "")
      .map((p) => p.text)
      .join("\n"),
    parts,
    draft: rendered.draft,
  };
}

describe("examples/delrapport-2, as of 2025-03-14", () => {
  const loaded = load("examples/delrapport-2");
  const status = loaded.then(({ programme }) => computeStatus(programme, { asOf: "2025-03-14", reportNumber: 2 }));

  it("validates without errors", async () => {
    expect((await loaded).problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("counts Bostäder's period by the one definition", async () => {
    const bostader = (await status).blocks.find((b) => b.id === "bostader");
    // In 2024-09-19 … 2025-02-28: BOS-2 (ongoing since March 2024, no end date), BOS-4 (done 2024-12-10),
    // BOS-5 (planned for 2024-10-01: date passed), BOS-6 (done), BOS-7 (cancelled). Not BOS-1, BOS-3, BOS-8.
    expect(bostader?.activities).toMatchObject({
      total: 4,
      tookPlace: 3,
      cancelled: 1,
      plannedDatePassed: 1,
      byStatus: { pågående: 1, genomförd: 2, planerad: 1 },
    });
  });

  it("follows up delrapport 1: indicators then and now", async () => {
    const indicators = (await status).followUp?.indicators ?? [];
    // I1: 7 on 2024-09-15 at report 1; now 10 on 2025-02-28 (11 on 2025-03-31 is after the as-of date).
    expect(indicators.find((i) => i.id === "I1")).toMatchObject({
      previous: { value: 7, date: "2024-09-15" },
      now: { value: 10, date: "2025-02-28" },
      change: 3,
    });
    // I5, a decreasing indicator: 17 → 16 months.
    expect(indicators.find((i) => i.id === "I5")).toMatchObject({
      previous: { value: 17 },
      now: { value: 16, date: "2025-01-31" },
      change: -1,
    });
  });

  it("follows up delrapport 1: what is new per block and which block started", async () => {
    const followUp = (await status).followUp;
    // Bostäder: new BOS-5 and BOS-6 (BOS-7 cancelled, BOS-8 later); finished BOS-4 and BOS-6; BOS-L1 delivered 2024-12-12.
    expect(followUp?.blocks.find((b) => b.id === "bostader")).toMatchObject({ newActivities: 2, completed: 2, delivered: 1 });
    // Attraktiva samhällen started 2024-11-01: ATT-1 and ATT-2 are new, ATT-2 is done.
    expect(followUp?.blocks.find((b) => b.id === "attraktiva-samhallen")).toMatchObject({ newActivities: 2, completed: 1, delivered: 0 });
    expect(followUp?.startedSince).toEqual(["Attraktiva samhällen"]);
    const { programme } = await loaded;
    expect(startingLater(programme, "2025-02-28")).toEqual(["Offentlig sektor"]);
    // Delrapport 1 written again from these workbooks still names both as starting later.
    expect(startingLater(programme, "2024-09-18")).toEqual(["Attraktiva samhällen", "Offentlig sektor"]);
  });

  it("follows up delrapport 1's nine recommendations with their status in report 2", async () => {
    const fates = (await status).followUp?.recommendations ?? [];
    expect(fates.map((f) => f.id)).toEqual(["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"]);
    expect(fates.filter((f) => f.status !== "lämnad").map((f) => [f.id, f.status])).toEqual([
      ["R1", "under beredning"],
      ["R4", "avslagen"],
      ["R6", "genomförd"],
    ]);
  });

  it("writes delrapport 2 with the follow-up sections filled, not as a draft", async () => {
    const { text, draft } = await render("examples/delrapport-2", 2, "2025-03-14");
    expect(draft).toBe(false);
    expect(text).toContain("Uppföljning av tidigare rekommendationer");
    expect(text).toContain("Sedan förra delrapporten");
    expect(text).toContain("Byggstenen Attraktiva samhällen har startat sedan Delrapport 1.");
    expect(text).toMatch(/Under perioden 19 september 2024–28 februari 2025 pågick eller genomfördes \d+ aktiviteter/u);
  });

  it("writes delrapport 1 from the same workbooks without any follow-up", async () => {
    const { text } = await render("examples/delrapport-2", 1, "2024-09-18");
    expect(text).not.toContain("Uppföljning av tidigare rekommendationer");
    expect(text).not.toContain("Sedan förra delrapporten");
  });
});

describe("examples/slutrapport, as of 2026-12-15", () => {
  it("validates without errors and is chosen by the report type", async () => {
    const { programme, problems, outlines } = await load("examples/slutrapport");
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(
      outlineFor(
        outlines,
        programme.reports.find((r) => r.number === 3),
      ),
    ).toBe(outlines.slutrapport);
    expect(
      outlineFor(
        outlines,
        programme.reports.find((r) => r.number === 2),
      ),
    ).toBe(outlines.delrapport);
  });

  it("follows every recommendation to its fate and each indicator across the three reports", async () => {
    const { programme } = await load("examples/slutrapport");
    const status = computeStatus(programme, { asOf: "2026-12-15", reportNumber: 3 });
    // R1–R9 from report 1, R10 from report 2, R20 from report 3.
    expect(status.recommendations?.length).toBe(11);
    expect(status.recommendations?.filter((r) => r.status !== "lämnad").map((r) => [r.id, r.status, r.statusReport])).toEqual([
      ["R1", "genomförd", 3],
      ["R2", "inte längre aktuell", 3],
      ["R4", "avslagen", 2],
      ["R6", "genomförd", 2],
      ["R10", "genomförd", 3],
    ]);
    const i1 = status.course?.indicators.find((i) => i.id === "I1");
    // Baseline 4, target 15: 7, 10 and 15 on the three report dates.
    expect(i1?.values).toEqual([7, 10, 15]);
    expect(i1?.progress).toEqual([3 / 11, 6 / 11, 1].map((x) => Math.round(x * 1e6) / 1e6));
    expect(status.period).toEqual({ start: "2023-06-01", end: "2026-11-30" });
  });

  it("writes the slutrapport with a native line chart, all recommendations and the budget of every year", async () => {
    const { text, parts } = await render("examples/slutrapport", 3, "2026-12-15");
    expect(text).toContain("Detta är slutrapporten för uppdraget");
    expect(text).toContain("Rekommendationerna under uppdraget och vad som blev av dem");
    expect(text).toContain("Budgeten för uppdragets alla år");
    const charts = [...parts.entries()].filter(([name]) => /^word\/charts\/chart\d+\.xml$/u.test(name));
    expect(charts.some(([, xml]) => xml.includes("<c:lineChart>"))).toBe(true);
    for (const year of ["2023", "2024", "2025", "2026"]) expect(text).toContain(year);
  });
});
