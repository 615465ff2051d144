/**
 * The sections a block's owner gets select their rows once per run from all
 * rows, then narrow them to the recipient. These tests pin what each owner
 * sees, in which order and with which ties, when every recipient of a run
 * shares the same facts, so that a row under the wrong block or a selection
 * kept from another recipient would show.
 */
import { describe, expect, it } from "vitest";
import { buildSummaryContent, withWebLink } from "../src/email/build-content.ts";
import { composeSummary, renderSummary } from "../src/email/compose.ts";
import type { Section } from "../src/email/content.ts";
import type { Audience, SummaryFacts, WebPages } from "../src/email/scope.ts";
import { DUE_WITHIN_WEEK_DAYS } from "../src/email/attention.ts";
import { THRESHOLDS } from "../src/indicators/thresholds.ts";
import type { Changes } from "../src/weekly/changes.ts";
import { activity, indicator, measurement } from "./helpers/programme.ts";
import { block, deliverable, DOMAIN, fixtureProblems, fixtureProgramme, fixtureStatus } from "./helpers/summary-fixture.ts";

const bostader: Audience = { overview: false, blocks: ["bostader"] };
const energi: Audience = { overview: false, blocks: ["energi"] };
const both: Audience = { overview: false, blocks: ["energi", "bostader"] };
const manager: Audience = { overview: true, blocks: [] };

// As of 2024-09-18. Rows in sheet order; the ones each owner must see are worked out in the tests.
const programme = fixtureProgramme({
  blocks: [
    block({ id: "bostader", name: "Bostäder", order: 1, ownerEmail: `bostader@${DOMAIN}` }),
    block({ id: "energi", name: "Energi", order: 2, ownerEmail: `energi@${DOMAIN}` }),
  ],
  indicators: [
    indicator({ id: "IB", name: "Bostadsforum", block: "bostader", baseline: 0, baselineDate: "2024-01-01", target: 10 }),
    indicator({ id: "IE", name: "Vätgasprojekt", unit: "st", block: "energi", baseline: 0, baselineDate: "2024-01-01", target: 10 }),
  ],
  measurements: [
    { ...measurement("2024-03-31", 2, "IB"), owner: "bostader" },
    { ...measurement("2024-03-31", 5, "IE"), owner: "energi" },
    { ...measurement("2024-06-30", 3, "IB"), owner: "bostader" },
    // Entered in the energi workbook for the bostader indicator: shown to the indicator's block.
    { ...measurement("2024-10-01", 9, "IB"), owner: "energi" },
    { ...measurement("2024-06-30", 7, "IE"), owner: "energi" },
    { ...measurement("2024-10-05", 8, "IE"), owner: "energi" },
  ],
  activities: [
    activity({ id: "EN-9", owner: "energi", title: "Sent möte", date: "2024-10-01", status: "genomförd" }),
    activity({ id: "BO-5", owner: "bostader", title: "Bostadsmässa", date: "2024-10-01", status: "pågående" }),
    activity({ id: "BO-6", owner: "bostader", title: "Planerad framåt", date: "2024-10-01", status: "planerad" }),
    activity({ id: "EN-1", owner: "energi", title: "Dialog", date: "2024-08-01", status: "planerad" }),
    activity({ id: "BO-1", owner: "bostader", title: "Forum", date: "2024-08-01", status: "planerad" }),
    activity({ id: "BO-2", owner: "bostader", title: "Seminarium", date: "2024-07-01", status: "planerad" }),
    activity({ id: "SAM-1", owner: null, title: "Styrgrupp", date: "2024-07-01", status: "planerad" }),
    activity({ id: "EN-2", owner: "energi", title: "Inställt", date: "2024-10-02", status: "inställd" }),
  ],
  deliverables: [
    deliverable({ id: "EN-L1", title: "Energi sen", due: "2024-09-01", owner: "energi" }),
    deliverable({ id: "BO-L1", title: "Bostad sen A", due: "2024-09-01", owner: "bostader" }),
    deliverable({ id: "BO-L2", title: "Bostad sen B", due: "2024-09-01", owner: "bostader" }),
    deliverable({ id: "SAM-L1", title: "Samordning sen", due: "2024-08-01", owner: null }),
    deliverable({ id: "EN-L2", title: "Energi snart", due: "2024-09-20", owner: "energi" }),
    deliverable({ id: "BO-L3", title: "Bostad om en vecka", due: "2024-09-24", owner: "bostader" }),
    deliverable({ id: "BO-L4", title: "Bostad om åtta dagar", due: "2024-09-26", owner: "bostader" }),
  ],
});
const facts: SummaryFacts = { slot: "2024-W38", programme, problems: [], status: fixtureStatus(programme) };
const section = (audience: Audience, title: string, from = facts): Section | undefined =>
  buildSummaryContent(from, audience).sections.find((s) => s.title.startsWith(title));
const rowsOf = (s: Section | undefined) => s?.rows.map((r) => [r.label, ...r.cells]);

describe("one run's sections for each owner", () => {
  it("date ahead: the owner's own rows, earliest first, on one date measurements before activities, each in sheet order", () => {
    expect(rowsOf(section(bostader, "Daterat efter"))).toEqual([
      ["Mätvärde", "IB: 9 antal", "2024-10-01"],
      ["Aktivitet", "BO-5 Bostadsmässa (pågående)", "2024-10-01"],
    ]);
    expect(rowsOf(section(energi, "Daterat efter"))).toEqual([
      ["Aktivitet", "EN-9 Sent möte (genomförd)", "2024-10-01"],
      ["Mätvärde", "IE: 8 st", "2024-10-05"],
    ]);
    // Both blocks' rows merged by date; on 2024-10-01 the measurement first, then the activities in sheet order.
    expect(rowsOf(section(both, "Daterat efter"))).toEqual([
      ["Mätvärde", "IB: 9 antal", "2024-10-01"],
      ["Aktivitet", "EN-9 Sent möte (genomförd)", "2024-10-01"],
      ["Aktivitet", "BO-5 Bostadsmässa (pågående)", "2024-10-01"],
      ["Mätvärde", "IE: 8 st", "2024-10-05"],
    ]);
    expect(section(manager, "Daterat efter")).toBeUndefined();
  });

  it("planned with a passed date: the owner's own, oldest first, ties in sheet order, never the coordination's", () => {
    const passed = (audience: Audience) => section(audience, "Planerat, men")?.rows.map((r) => r.label);
    expect(passed(bostader)).toEqual(["BO-2 Seminarium", "BO-1 Forum"]);
    expect(passed(energi)).toEqual(["EN-1 Dialog"]);
    expect(passed(both)).toEqual(["BO-2 Seminarium", "EN-1 Dialog", "BO-1 Forum"]);
  });

  it("courses: each indicator's own measurements up to the as-of date", () => {
    const course = (audience: Audience) => section(audience, "Indikatorer")?.rows.map((r) => r.course?.values);
    // Baseline 0 on 2024-01-01, then the measurements up to 2024-09-18 (9 and 8 lie after it).
    expect(course(bostader)).toEqual([[0, 2, 3]]);
    expect(course(energi)).toEqual([[0, 5, 7]]);
    expect(course(manager)).toEqual([
      [0, 2, 3],
      [0, 5, 7],
    ]);
  });

  it("attention: the owner's oldest overdue deliverable (the first in sheet order on a tie) and what falls due within the week", () => {
    const lines = (audience: Audience) =>
      buildSummaryContent(facts, audience)
        .attention.filter((l) => l.anchor === "leveranser")
        .map((l) => l.text);
    expect(lines(bostader)).toEqual([
      "2 leveranser är försenade, längst Bostad sen A (17 dagar).",
      "Leveransen Bostad om en vecka förfaller om 6 dagar.",
    ]);
    expect(lines(energi)).toEqual(["Leveransen Energi sen är försenad 17 dagar.", "Leveransen Energi snart förfaller om 2 dagar."]);
    expect(lines(manager)).toEqual([
      "4 leveranser är försenade, längst Samordning sen (48 dagar).",
      "2 leveranser förfaller inom en vecka: Energi snart (2024-09-20) och Bostad om en vecka (2024-09-24).",
    ]);
  });

  it("is the same for a recipient whichever recipients of the run came before", () => {
    const alone = (audience: Audience) => buildSummaryContent({ ...facts, status: fixtureStatus(programme) }, audience);
    for (const audience of [manager, bostader, energi, both]) buildSummaryContent(facts, audience);
    for (const audience of [both, energi, bostader, manager]) expect(buildSummaryContent(facts, audience)).toEqual(alone(audience));
  });

  it("is worked out again for another programme, even with the same status picture", () => {
    const other = fixtureProgramme({
      ...programme,
      activities: [activity({ id: "BO-7", owner: "bostader", title: "Annan", date: "2024-09-01", status: "planerad" })],
    });
    expect(section(bostader, "Planerat, men", { ...facts, programme: other })?.rows.map((r) => r.label)).toEqual(["BO-7 Annan"]);
    expect(section(bostader, "Planerat, men")?.rows.map((r) => r.label)).toEqual(["BO-2 Seminarium", "BO-1 Forum"]);
  });

  it("finds the deliverables due within the week among those the status picture calls due soon", () => {
    expect(THRESHOLDS.dueSoonDays).toBeGreaterThanOrEqual(DUE_WITHIN_WEEK_DAYS);
  });
});

describe("the link to the web page, added once the run knows where the pages are", () => {
  const pages: WebPages = {
    overview: "https://lagesbild.example/v38/index.html",
    blocks: { energi: "https://lagesbild.example/v38/energi.html", bostader: "javascript:alert(1)" },
  };

  it("gives the message composed with the pages in the facts, for the overview, an owner and an owner whose link is refused", () => {
    for (const audience of [manager, energi, bostader, both]) {
      const linked = renderSummary(withWebLink(buildSummaryContent(facts, audience), pages, audience));
      expect(linked).toEqual(composeSummary({ ...facts, webPages: pages }, audience));
    }
    expect(renderSummary(withWebLink(buildSummaryContent(facts, energi), pages, energi)).text).toContain(
      "Öppna i webbläsaren: https://lagesbild.example/v38/energi.html",
    );
    // Bostäder's page has an address no reader should open: no link, the message as without pages.
    expect(renderSummary(withWebLink(buildSummaryContent(facts, bostader), pages, bostader))).toEqual(composeSummary(facts, bostader));
  });
});

describe("the problems, counted once per run", () => {
  // fixtureProblems: one error in bostader.xlsx (Aktiviteter) and one in energi.xlsx (Leveranser).
  const withProblems: SummaryFacts = { ...facts, problems: fixtureProblems() };

  it("are each recipient's own, and the managers' totals, whichever facts of the run came before", () => {
    const content = (from: SummaryFacts, audience: Audience) => buildSummaryContent(from, audience);
    // The same programme and status picture without problems first: its counts must not be reused.
    expect(content(facts, manager).facts).toContain("Arbetsböckerna: 0 fel och 0 varningar i 3 arbetsböcker.");
    expect(content(withProblems, manager).facts).toContain("Arbetsböckerna: 2 fel och 0 varningar i 3 arbetsböcker.");
    expect(content(withProblems, energi).subject).toBe("Lägesbild vecka 38, 2024 – Energi: 1 fel att rätta");
    expect(content(withProblems, both).subject).toBe("Lägesbild vecka 38, 2024 – Energi, Bostäder: 2 fel att rätta");
    expect(content(facts, energi).subject).toBe("Lägesbild vecka 38, 2024 – Energi");
    expect(rowsOf(section(manager, "Problem i arbetsböckerna", withProblems))?.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["bostader.xlsx", "1", "0"],
      ["energi.xlsx", "1", "0"],
    ]);
    expect(section(manager, "Problem i arbetsböckerna")?.rows).toEqual([]);
    expect(
      content(withProblems, manager)
        .attention.filter((l) => l.anchor === "problem")
        .map((l) => l.text),
    ).toEqual(["2 arbetsböcker har fel att rätta: bostader.xlsx (1 fel) och energi.xlsx (1 fel)."]);
  });
});

describe("the changes since the previous lägesbild, by block once per run", () => {
  const since = { slot: "2024-W37", asOf: "2024-09-11" };
  const changes: Changes = {
    since,
    newActivities: [
      { id: "EN-5", owner: "energi", title: "Ny dialog", status: "planerad" },
      { id: "SAM-5", owner: null, title: "Nytt styrgruppsmöte", status: "genomförd" },
      { id: "BO-5", owner: "bostader", title: "Ny mässa", status: "pågående" },
    ],
    changedActivities: [{ id: "BO-1", owner: "bostader", title: "Forum", status: "genomförd", previousStatus: "planerad" }],
    // Entered in the energi workbook for the bostader indicator: the indicator's block sees it.
    newMeasurements: [{ indicator: "IB", owner: "energi", date: "2024-09-15", value: 4 }],
    indicatorChanges: [{ id: "IE", from: "i fas", to: "risk" }],
  };
  const withChanges: SummaryFacts = { ...facts, changes };
  const changeLines = (from: SummaryFacts, audience: Audience) =>
    section(audience, "Sedan förra lägesbilden", from)?.rows.map((r) => `${r.label}: ${r.cells.join(" | ")}`);

  it("shows each owner the changes of their blocks, kind by kind in the order found, and the managers all of them", () => {
    expect(changeLines(withChanges, bostader)).toEqual([
      "Ny aktivitet: BO-5 Ny mässa (pågående) | Bostäder",
      "Ändrad aktivitet: BO-1 Forum: planerad → genomförd | Bostäder",
      "Nytt mätvärde: IB Bostadsforum: 4 antal (2024-09-15) | Bostäder",
    ]);
    expect(changeLines(withChanges, energi)).toEqual([
      "Ny aktivitet: EN-5 Ny dialog (planerad) | Energi",
      "Indikatorn bytte läge: IE Vätgasprojekt: i fas → risk | Energi",
    ]);
    expect(changeLines(withChanges, both)).toEqual([
      "Ny aktivitet: EN-5 Ny dialog (planerad) | Energi",
      "Ny aktivitet: BO-5 Ny mässa (pågående) | Bostäder",
      "Ändrad aktivitet: BO-1 Forum: planerad → genomförd | Bostäder",
      "Nytt mätvärde: IB Bostadsforum: 4 antal (2024-09-15) | Bostäder",
      "Indikatorn bytte läge: IE Vätgasprojekt: i fas → risk | Energi",
    ]);
    expect(changeLines(withChanges, manager)).toHaveLength(6);
  });

  it("are the run's own: other changes with the same status picture are grouped anew", () => {
    expect(changeLines(withChanges, energi)).toHaveLength(2);
    const fewer: SummaryFacts = { ...facts, changes: { ...changes, newActivities: [], indicatorChanges: [] } };
    expect(changeLines(fewer, energi)).toEqual([]);
    expect(changeLines(fewer, bostader)).toHaveLength(2);
  });
});
