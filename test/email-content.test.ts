import { describe, expect, it } from "vitest";
import { buildSummaryContent } from "../src/email/build-content.ts";
import { changesBetween } from "../src/weekly/changes.ts";
import { composeSummary } from "../src/email/compose.ts";
import type { SummaryContent } from "../src/email/content.ts";
import type { Audience, SummaryFacts } from "../src/email/scope.ts";
import { blockSignal, workbookQuality } from "../src/email/section-blocks.ts";
import { takeSnapshot } from "../src/weekly/snapshot.ts";
import type { BlockResult, IndicatorResult } from "../src/indicators/types.ts";
import { problem } from "../src/validation/problem.ts";
import { activity } from "./helpers/programme.ts";
import { SHEET_LINK, fixtureProblems, fixtureProgramme, fixtureStatus } from "./helpers/summary-fixture.ts";

const programme = fixtureProgramme();
const status = fixtureStatus(programme);
const facts: SummaryFacts = { slot: status.isoWeek, programme, problems: fixtureProblems(), status };
const manager: Audience = { name: "Anna Samordnare", overview: true, blocks: [] };
const bostader: Audience = { name: "Arbetsgrupp Bostäder", overview: false, blocks: ["bostader"] };
const energi: Audience = { name: "Arbetsgrupp Energi", overview: false, blocks: ["energi"] };

const section = (content: SummaryContent, title: string) => content.sections.find((s) => s.title.startsWith(title));
const labels = (content: SummaryContent, title: string) => section(content, title)?.rows.map((r) => r.label);

describe("the summary for coordinators and managers", () => {
  const content = buildSummaryContent(facts, manager);

  it("names the ISO week, its dates and the share of the assignment elapsed", () => {
    expect(content.subject).toBe("Lägesbild vecka 38, 2024");
    expect(content.facts).toContain("Vecka 38: 16–22 september 2024. Läget den 18 september 2024.");
    expect(content.gauges[0]).toMatchObject({
      label: "Uppdragstiden",
      bar: { text: "24 % av uppdragstiden har gått (1 januari 2024 – 31 december 2026)." },
    });
  });

  it("has one line per block and area, and one for the coordination", () => {
    expect(labels(content, "Byggstenar")).toEqual(["Bostäder", "Energi", "Offentlig sektor", "Samordningen (central arbetsbok)"]);
  });

  it("lists deliverables overdue and due within 30 days, the late ones first", () => {
    const rows = section(content, "Leveranser")!.rows;
    expect(rows.map((r) => [r.label, r.cells[1], r.tone])).toEqual([
      ["Bostadsanalys", "försenad 17 dagar", "bad"],
      ["Energikartläggning", "förfaller om 13 dagar", "warn"],
    ]);
  });

  it("counts the problems per workbook and shows the most important with its place and cell link", () => {
    const rows = section(content, "Problem i arbetsböckerna")!.rows;
    expect(rows.map((r) => [r.label, r.cells[0], r.cells[1]])).toEqual([
      ["bostader.xlsx", "1", "0"],
      ["energi.xlsx", "1", "0"],
    ]);
    expect(rows[0]!.cells[2]).toBe("Aktiviteter, rad 3, kolumn B (Datum): Värde saknas i ”Datum”, som måste fyllas i.");
    expect(rows[0]!.link?.href).toBe(SHEET_LINK);
  });

  it("says where the latest report is when told", () => {
    const withReport = buildSummaryContent({ ...facts, reportLink: "https://drive.google.com/file/d/xyz/view" }, manager);
    expect(section(withReport, "Senaste rapporten")!.rows[0]!.link?.href).toBe("https://drive.google.com/file/d/xyz/view");
    expect(section(content, "Senaste rapporten")).toBeUndefined();
  });
});

describe("the summary for a block's owner", () => {
  const content = buildSummaryContent(facts, bostader);

  it("is narrowed to the block", () => {
    expect(content.subject).toBe("Lägesbild vecka 38, 2024 – Bostäder: 1 fel att rätta");
    expect(labels(content, "Byggstenar")).toEqual(["Bostäder"]);
    expect(labels(content, "Leveranser")).toEqual(["Bostadsanalys"]);
    expect(labels(content, "Indikatorer")).toEqual(["I1 Antal bostadsforum"]);
    expect(section(content, "Problem i arbetsböckerna")).toBeUndefined();
  });

  it("starts with every problem in the block's own workbook, with its place and a link to the cell", () => {
    const own = content.sections[0]!;
    expect(own.title).toBe("Att rätta i bostader.xlsx");
    expect(own.rows).toEqual([
      {
        label: "Aktiviteter, rad 3, kolumn B (Datum)",
        cells: ["Fel", "Värde saknas i ”Datum”, som måste fyllas i."],
        toneCell: 0,
        tone: "bad",
        link: { href: SHEET_LINK, label: "Öppna cellen" },
      },
    ]);
  });

  it("leaves out indicators when the block follows none", () => {
    expect(section(buildSummaryContent(facts, energi), "Indikatorer")).toBeUndefined();
  });

  it("thanks the owner when the workbook is clean", () => {
    const clean = buildSummaryContent({ ...facts, problems: [] }, bostader);
    expect(clean.sections[0]).toMatchObject({ title: "Att rätta i bostader.xlsx", rows: [], empty: "Inga problem – tack!" });
    expect(clean.subject).toBe("Lägesbild vecka 38, 2024 – Bostäder");
  });

  it.each([["javascript:alert(1)"], ["file:///etc/passwd"], ["data:text/html,<script>alert(1)</script>"], ["inte en länk"]])(
    "shows no link for the problem link %s",
    (link) => {
      const hostile = [
        problem("value-required", { workbook: "bostader.xlsx", sheet: "Aktiviteter", row: 2, column: "B", link }, { header: "Datum" }),
      ];
      const own = buildSummaryContent({ ...facts, problems: hostile }, bostader).sections[0]!;
      expect(own.rows[0]!.link).toBeUndefined();
      expect(composeSummary({ ...facts, problems: hostile }, bostader).html).not.toContain(link.slice(0, 8));
    },
  );
});

describe("what changed since the previous summary", () => {
  const previous = takeSnapshot("2024-W37", programme, fixtureStatus(programme, "2024-09-11"));
  const next = fixtureProgramme({
    activities: [
      ...programme.activities.map((a) =>
        a.id === "EN-1"
          ? { ...a, status: "genomförd" as const, result: "Klar." }
          : a.id === "SAM-1"
            ? { ...a, title: "Styrgruppsmöte 2" }
            : a,
      ),
      activity({ id: "BO-3", owner: "bostader", title: "Studieresa till Skellefteå", date: "2024-09-17", type: "studieresa" }),
    ],
    measurements: [...programme.measurements, { indicator: "I1", date: "2024-09-15", value: 4, owner: "bostader" }],
  });
  const nextStatus = fixtureStatus(next);
  const changes = changesBetween(previous, takeSnapshot("2024-W38", next, nextStatus));
  const nextFacts: SummaryFacts = { ...facts, programme: next, status: nextStatus, changes };

  it("finds new and edited activities, new measurements and indicators that moved", () => {
    expect(changes.newActivities.map((a) => a.id)).toEqual(["BO-3"]);
    expect(changes.changedActivities).toEqual([
      { id: "EN-1", owner: "energi", title: "Vätgasdialog", status: "genomförd", previousStatus: "pågående" },
      { id: "SAM-1", owner: null, title: "Styrgruppsmöte 2", status: "genomförd" },
    ]);
    expect(changes.newMeasurements).toEqual([{ indicator: "I1", date: "2024-09-15", value: 4, owner: "bostader" }]);
    expect(changes.indicatorChanges).toEqual([{ id: "I1", from: "i fas", to: "uppnått" }]);
  });

  it("tells the managers everything, with the week compared with", () => {
    const changed = section(buildSummaryContent(nextFacts, manager), "Sedan förra lägesbilden")!;
    expect(changed.title).toBe("Sedan förra lägesbilden (vecka 37, 11 september 2024)");
    expect(changed.rows.map((r) => [r.label, r.cells[0]])).toEqual([
      ["Ny aktivitet", "BO-3 Studieresa till Skellefteå (genomförd)"],
      ["Ändrad aktivitet", "EN-1 Vätgasdialog: pågående → genomförd"],
      ["Ändrad aktivitet", "SAM-1 Styrgruppsmöte 2: uppgifterna har ändrats"],
      ["Nytt mätvärde", "I1 Antal bostadsforum: 4 antal (2024-09-15)"],
      ["Indikatorn bytte läge", "I1 Antal bostadsforum: i fas → uppnått"],
    ]);
  });

  it("tells each block owner only what concerns the block", () => {
    const forEnergi = section(buildSummaryContent(nextFacts, energi), "Sedan förra lägesbilden")!;
    expect(forEnergi.rows.map((r) => r.cells[0])).toEqual(["EN-1 Vätgasdialog: pågående → genomförd"]);
    const forBostader = section(buildSummaryContent(nextFacts, bostader), "Sedan förra lägesbilden")!;
    expect(forBostader.rows.map((r) => r.label)).toEqual(["Ny aktivitet", "Nytt mätvärde", "Indikatorn bytte läge"]);
  });

  it("says so when nothing changed, and explains the first summary", () => {
    const same = changesBetween(previous, previous);
    expect(section(buildSummaryContent({ ...facts, changes: same }, manager), "Sedan förra")).toMatchObject({
      rows: [],
      empty: "Inget har ändrats sedan förra lägesbilden.",
    });
    expect(section(buildSummaryContent(facts, manager), "Sedan förra")!.empty).toMatch(/^Det här är den första lägesbilden/u);
  });

  it("reports a corrected measurement with the value it replaced", () => {
    const corrected = fixtureProgramme({ measurements: [{ indicator: "I1", date: "2024-06-30", value: 2, owner: "bostader" }] });
    const c = changesBetween(previous, takeSnapshot("2024-W38", corrected, fixtureStatus(corrected)));
    expect(c.newMeasurements).toEqual([{ indicator: "I1", date: "2024-06-30", value: 2, owner: "bostader", previousValue: 1 }]);
  });
});

describe("the status word of a block", () => {
  const base: BlockResult = {
    id: "b",
    name: "B",
    kind: "byggsten",
    status: "aktiv",
    heading: "B",
    activities: { total: 0, tookPlace: 0, cancelled: 0, plannedDatePassed: 0, byStatus: {}, byTool: {}, byType: {}, byBlock: {} },
    deliverables: { due: 0, overdue: 0, done: 0, dueSoon: 0 },
    readable: true,
    notStarted: false,
    workbookStale: false,
  };
  const ind = (s: IndicatorResult["status"]) => ({ status: s }) as IndicatorResult;
  it.each([
    ["nothing to say", base, [], "ok", "i gång"],
    ["an unreadable workbook", { ...base, readable: false }, [], "bad", "okänt: arbetsboken kan inte läsas"],
    ["a finished block", { ...base, status: "avslutad" as const }, [], "muted", "avslutad"],
    ["a block starting later", { ...base, status: "startar senare" as const, notStarted: true }, [], "muted", "startar senare"],
    [
      "overdue and soon",
      { ...base, deliverables: { due: 0, overdue: 2, done: 0, dueSoon: 1 } },
      [],
      "bad",
      "2 försenade leveranser, 1 leverans inom 30 dagar",
    ],
    ["an indicator at risk", base, [ind("risk"), ind("i fas")], "warn", "indikator i risk"],
    ["an indicator behind", base, [ind("efter")], "bad", "indikator efter"],
    [
      "a workbook nobody touched for 45 days",
      { ...base, daysSinceWorkbookChanged: 45, workbookStale: true },
      [],
      "warn",
      "arbetsboken oförändrad i 45 dagar",
    ],
    [
      "planned activities whose date has passed",
      { ...base, activities: { ...base.activities, total: 2, byStatus: { planerad: 2 }, plannedDatePassed: 2 } },
      [],
      "warn",
      "2 planerade aktiviteter med passerat datum",
    ],
    ["a workbook touched 30 days ago", { ...base, daysSinceWorkbookChanged: 30 }, [], "ok", "i gång"],
  ] as const)("is right for %s", (_, block, indicators, tone, text) => {
    expect(blockSignal(block, indicators)).toEqual({ tone, text });
  });
});

describe("the state of a block's workbook, apart from the state of its work", () => {
  it.each([
    [true, 0, 0, "inga fel"],
    [true, 2, 0, "2 fel"],
    [true, 1, 1, "1 fel, 1 rad räknas inte"],
    [true, 3, 2, "3 fel, 2 rader räknas inte"],
    [false, 1, 0, "kan inte läsas"],
  ] as const)("readable %s, %d errors, %d rows left out: %s", (readable, errors, omitted, text) => {
    expect(workbookQuality(readable, errors, omitted)).toBe(text);
  });
});
