import { describe, expect, it } from "vitest";
import { buildSummaryContent } from "../src/email/build-content.ts";
import { changesBetween } from "../src/weekly/changes.ts";
import { composeSummary } from "../src/email/compose.ts";
import type { Audience, SummaryFacts } from "../src/email/scope.ts";
import { takeSnapshot } from "../src/weekly/snapshot.ts";
import type { Programme } from "../src/domain/model.ts";
import { hardWeek, hardWeekFacts } from "./helpers/hard-week.ts";
import { indicator } from "./helpers/programme.ts";
import { deliverable, fixtureProgramme, fixtureStatus } from "./helpers/summary-fixture.ts";

const programme = hardWeek();
const status = fixtureStatus(programme);
const facts: SummaryFacts = hardWeekFacts(programme);
const manager: Audience = { name: "Anna Samordnare", overview: true, blocks: [] };
const bostader: Audience = { name: "Arbetsgrupp Bostäder", overview: false, blocks: ["bostader"] };
const energi: Audience = { name: "Arbetsgrupp Energi", overview: false, blocks: ["energi"] };

describe("Att uppmärksamma denna vecka", () => {
  it("is what the week's status says: the indicator and the workbook as the test assumes", () => {
    expect(status.indicators.find((i) => i.id === "I2")?.status).toBe("risk");
    expect(status.blocks.find((b) => b.id === "energi")?.daysSinceWorkbookChanged).toBe(79);
  });

  it("tells the managers the five things, programme before paperwork, each pointing at its section", () => {
    expect(buildSummaryContent(facts, manager).attention).toEqual([
      { text: "I2 Andel klara har gått från i fas till risk.", anchor: "indikatorer", tone: "warn" },
      { text: "Leveransen Bostadsanalys är försenad 17 dagar.", anchor: "leveranser", tone: "bad" },
      { text: "Leveransen Energirapport förfaller om 2 dagar.", anchor: "leveranser", tone: "warn" },
      { text: "2 arbetsböcker har fel att rätta: bostader.xlsx (1 fel) och energi.xlsx (1 fel).", anchor: "problem", tone: "bad" },
      { text: "Arbetsboken för Energi har inte ändrats på 79 dagar.", anchor: "byggstenar", tone: "warn" },
    ]);
  });

  it("tells each block's owner only their own, the errors pointing at their own list", () => {
    expect(buildSummaryContent(facts, bostader).attention).toEqual([
      { text: "I2 Andel klara har gått från i fas till risk.", anchor: "indikatorer", tone: "warn" },
      { text: "Leveransen Bostadsanalys är försenad 17 dagar.", anchor: "leveranser", tone: "bad" },
      { text: "bostader.xlsx har 1 fel att rätta.", anchor: "att-ratta", tone: "bad" },
    ]);
    expect(buildSummaryContent(facts, energi).attention.map((a) => a.text)).toEqual([
      "Leveransen Energirapport förfaller om 2 dagar.",
      "energi.xlsx har 1 fel att rätta.",
      "Arbetsboken för Energi har inte ändrats på 79 dagar.",
    ]);
  });

  it("is the hidden preview line, cut to what an inbox shows", () => {
    const { preheader } = buildSummaryContent(facts, manager);
    expect(
      preheader.startsWith(
        "I2 Andel klara har gått från i fas till risk. Leveransen Bostadsanalys är försenad 17 dagar. Leveransen Energirapport",
      ),
    ).toBe(true);
    expect(Array.from(preheader).length).toBe(150);
    expect(preheader.endsWith("…")).toBe(true);
    expect(buildSummaryContent(facts, bostader).preheader).toBe(
      "I2 Andel klara har gått från i fas till risk. Leveransen Bostadsanalys är försenad 17 dagar. bostader.xlsx har 1 fel att rätta.",
    );
  });

  it("comes first in the HTML: the preheader hidden before everything, then the lines as links to sections that exist", () => {
    const { html } = composeSummary(facts, manager);
    const body = html.slice(html.indexOf("<body"));
    expect(body).toMatch(/^<body[^>]*>\n<div style="display:none;[^"]*">I2 Andel klara har gått från i fas till risk\. Leveransen/u);
    const attention = html.indexOf("Att uppmärksamma denna vecka");
    expect(attention).toBeGreaterThan(html.indexOf("Hej Anna Samordnare!"));
    expect(attention).toBeLessThan(html.indexOf(">Byggstenar och tvärgående områden<"));
    for (const [anchor, text] of [
      ["indikatorer", "I2 Andel klara har gått från i fas till risk."],
      ["leveranser", "Leveransen Bostadsanalys är försenad"],
      ["problem", "2 arbetsböcker har fel att rätta"],
      ["byggstenar", "Arbetsboken för Energi har inte ändrats på 79 dagar."],
    ] as const) {
      expect(html).toMatch(new RegExp(`<a href="#${anchor}"[^>]*>${text.replace(/[.()]/gu, "\\$&")}`, "u"));
      expect(html).toContain(`id="${anchor}"`);
    }
  });

  it("says the same in the plain text, right under the heading", () => {
    const { text } = composeSummary(facts, manager);
    expect(text).toContain(
      [
        "Att uppmärksamma denna vecka",
        "----------------------------",
        "- I2 Andel klara har gått från i fas till risk.",
        "- Leveransen Bostadsanalys är försenad 17 dagar.",
        "- Leveransen Energirapport förfaller om 2 dagar.",
        "- 2 arbetsböcker har fel att rätta: bostader.xlsx (1 fel) och energi.xlsx (1 fel).",
        "- Arbetsboken för Energi har inte ändrats på 79 dagar.",
      ].join("\n"),
    );
    expect(text.indexOf("Att uppmärksamma")).toBeLessThan(text.indexOf("Byggstenar och tvärgående områden"));
  });

  it("sums up many of a kind in one line, the worst first, so the other kinds keep their place", () => {
    const many: Programme = {
      ...programme,
      deliverables: [
        ...programme.deliverables,
        deliverable({ id: "X1", title: "Äldst", due: "2024-08-01", owner: "energi" }),
        deliverable({ id: "X2", title: "Nyare", due: "2024-09-10", owner: "energi" }),
      ],
    };
    const manyStatus = fixtureStatus(many);
    const snap = takeSnapshot(manyStatus.isoWeek, many, manyStatus);
    const before = { ...snap, indicators: snap.indicators.map((i) => ({ ...i, status: "i fas" as const })) };
    const behind: Programme = {
      ...many,
      indicators: [
        ...many.indicators,
        indicator({
          id: "I3",
          name: "Tre",
          block: "energi",
          baseline: 0,
          baselineDate: "2024-01-01",
          target: 10,
          targetDate: "2024-06-30",
        }),
        indicator({
          id: "I4",
          name: "Fyra",
          block: "energi",
          baseline: 0,
          baselineDate: "2024-01-01",
          target: 10,
          targetDate: "2024-07-30",
        }),
      ],
      measurements: [
        ...many.measurements,
        { indicator: "I3", date: "2024-02-01", value: 1, owner: "energi" },
        { indicator: "I4", date: "2024-02-01", value: 1, owner: "energi" },
      ],
    };
    const behindStatus = fixtureStatus(behind);
    const c = changesBetween(
      { ...before, indicators: [...before.indicators, { id: "I3", status: "i fas" }, { id: "I4", status: "i fas" }] },
      takeSnapshot(behindStatus.isoWeek, behind, behindStatus),
    );
    const lines = buildSummaryContent({ ...facts, programme: behind, status: behindStatus, changes: c }, manager).attention;
    expect(lines.map((l) => l.text).slice(0, 2)).toEqual([
      "3 indikatorer har blivit sämre: I3 Tre (efter), I4 Fyra (efter) och 1 till.",
      "3 leveranser är försenade, längst Äldst (48 dagar).",
    ]);
    expect(lines[0]!.tone).toBe("bad");
    expect(lines).toHaveLength(5);
  });

  it("names the indicators already at risk or behind in the very first lägesbild", () => {
    const { changes: _, ...first } = facts;
    expect(buildSummaryContent(first, manager).attention[0]).toEqual({
      text: "I2 Andel klara är i risk.",
      anchor: "indikatorer",
      tone: "warn",
    });
  });

  it("says one calm line, and a calm preview, when there is nothing to flag", () => {
    const calm = fixtureProgramme({ deliverables: [] });
    const calmStatus = fixtureStatus(calm);
    const content = buildSummaryContent({ slot: calmStatus.isoWeek, programme: calm, problems: [], status: calmStatus }, manager);
    expect(content.attention).toHaveLength(1);
    expect(content.attention[0]!.text).toMatch(/^Inget särskilt att uppmärksamma denna vecka: /u);
    expect(content.preheader).toBe("Inget särskilt att uppmärksamma denna vecka.");
  });
});
