/**
 * The weekly lägesbild knows only what is known on its as-of date: a row dated
 * ahead is never shown early, and is new in the first week that reaches its date.
 * Four weekly runs over one state store, the way the scheduler runs them.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildSummaryContent } from "../src/email/build-content.ts";
import type { Section } from "../src/email/content.ts";
import { changesBetween } from "../src/weekly/changes.ts";
import type { Audience } from "../src/email/scope.ts";
import { takeSnapshot } from "../src/weekly/snapshot.ts";
import type { MailTransport, OutgoingMessage } from "../src/sinks/mail/mail-transport.ts";
import { fileStateStore } from "../src/state/file-state-store.ts";
import type { StateStore } from "../src/state/state-store.ts";
import { sendSummaries } from "../src/summary/send-summaries.ts";
import { indicator, measurement } from "./helpers/programme.ts";
import { DOMAIN, fixtureProgramme, fixtureStatus } from "./helpers/summary-fixture.ts";

// Entered in week 37 already: the value for 25 September (week 39).
const programme = fixtureProgramme({
  indicators: [
    indicator({
      id: "I1",
      name: "Antal bostadsforum",
      block: "bostader",
      baseline: 0,
      baselineDate: "2024-01-01",
      target: 4,
      targetDate: "2026-12-31",
    }),
    indicator({
      id: "I2",
      name: "Nätanslutningar",
      block: "energi",
      baseline: 0,
      baselineDate: "2024-01-01",
      target: 10,
      targetDate: "2026-12-31",
    }),
  ],
  measurements: [
    { ...measurement("2024-06-30", 1, "I1"), owner: "bostader" },
    { ...measurement("2024-09-25", 2, "I1"), owner: "bostader" },
    // 2024-01-15 to 2024-09-18 is 247 days: older than the 120-day limit.
    { ...measurement("2024-01-15", 3, "I2"), owner: "energi" },
  ],
});

let dir: string;
let store: StateStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-weeks-"));
  store = fileStateStore(join(dir, "state"));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function recorder(): MailTransport & { readonly sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = [];
  const send = async (m: OutgoingMessage) => {
    sent.push(m);
    return { where: "minnet" };
  };
  return { name: "test", sent, send, close: async () => {} };
}

async function week(asOf: string, now: string): Promise<OutgoingMessage[]> {
  const transport = recorder();
  await sendSummaries({
    programme,
    problems: [],
    status: fixtureStatus(programme, asOf),
    from: { name: "lägesbild", address: `lagesbild@${DOMAIN}` },
    rules: { allowedDomains: [DOMAIN], extraRecipients: [] },
    store,
    transport,
    now: new Date(now),
  });
  return transport.sent;
}

/** A section of the plain-text part: from its title to the next title (a line underlined with dashes). */
function sectionText(message: OutgoingMessage | undefined, title: string): string {
  const text = message?.text ?? "";
  const at = text.indexOf(title);
  if (at < 0) return "";
  const next = /\n\n[^\n]+\n-{3,}/u.exec(text.slice(at + title.length));
  return text.slice(at, next ? at + title.length + next.index : undefined);
}
const to = (messages: OutgoingMessage[], address: string) => messages.find((m) => m.to.address === address);

describe("four weekly summaries with a measurement entered ahead of its date", () => {
  it("announces the measurement in week 39, not in week 38, and the planned activity when its date comes", async () => {
    const w37 = await week("2024-09-11", "2024-09-11T05:00:00Z");
    const w38 = await week("2024-09-18", "2024-09-18T05:00:00Z");
    const w39 = await week("2024-09-25", "2024-09-25T05:00:00Z");
    const w40 = await week("2024-10-02", "2024-10-02T05:00:00Z");
    const anna = `anna@${DOMAIN}`;

    expect(sectionText(to(w37, anna), "Sedan förra lägesbilden")).toContain("Det här är den första lägesbilden");
    // Week 38: the value for 25 September is not known yet, and the indicator list still shows 30 June.
    expect(sectionText(to(w38, anna), "Sedan förra lägesbilden")).toContain("Inget har ändrats sedan förra lägesbilden.");
    expect(to(w38, anna)?.text).toContain("1 antal (2024-06-30)");
    expect(to(w38, anna)?.text).not.toContain("2024-09-25");
    // Week 39 reaches the date: the new value is announced, and the list shows it.
    const changed39 = sectionText(to(w39, anna), "Sedan förra lägesbilden");
    expect(changed39).toContain("Nytt mätvärde");
    expect(changed39).toContain("I1 Antal bostadsforum: 2 antal (2024-09-25)");
    expect(to(w39, anna)?.text).toContain("2 antal (2024-09-25)");
    // Week 40: nothing about the measurement again; BO-2, planned for 1 October, is new now.
    const changed40 = sectionText(to(w40, anna), "Sedan förra lägesbilden");
    expect(changed40).not.toContain("2024-09-25");
    expect(changed40).toContain("BO-2 Kunskapsunderlag om bostadsbyggande (planerad)");
    expect(sectionText(to(w39, anna), "Sedan förra lägesbilden")).not.toContain("BO-2");
  });

  it("tells the owner in week 38 that the row is dated after the as-of date, and the managers nothing about it", async () => {
    const w38 = await week("2024-09-18", "2024-09-18T05:00:00Z");
    const ahead = sectionText(to(w38, `bostader@${DOMAIN}`), "Daterat efter lägesdatum");
    expect(ahead).toContain("I1: 2 antal");
    expect(ahead).toContain("2024-09-25");
    expect(to(w38, `anna@${DOMAIN}`)?.text).not.toContain("Daterat efter lägesdatum");
    expect(to(w38, `energi@${DOMAIN}`)?.text).not.toContain("Daterat efter lägesdatum");
  });

  it("warns the owner when a planned activity's date has passed, and counts it as planned", async () => {
    const w39 = await week("2024-09-25", "2024-09-25T05:00:00Z");
    expect(to(w39, `bostader@${DOMAIN}`)?.text).not.toContain("Planerat, men datumet har passerat");
    // BO-2 is planned for 2024-10-01: on 2024-10-02 its date has passed.
    const w40 = await week("2024-10-02", "2024-10-02T05:00:00Z");
    const passed = sectionText(to(w40, `bostader@${DOMAIN}`), "Planerat, men datumet har passerat");
    expect(passed).toContain("BO-2 Kunskapsunderlag om bostadsbyggande");
    expect(passed).toContain("2024-10-01");
    expect(passed).toContain("planerad, men datumet har passerat");
    expect(sectionText(to(w40, `bostader@${DOMAIN}`), "Byggstenar och tvärgående områden")).toContain(
      "1 planerad aktivitet med passerat datum",
    );
    expect(to(w40, `energi@${DOMAIN}`)?.text).not.toContain("Planerat, men datumet har passerat");
  });

  it("marks a stale indicator in the e-mail as the report does", async () => {
    const w38 = await week("2024-09-18", "2024-09-18T05:00:00Z");
    expect(to(w38, `energi@${DOMAIN}`)?.text).toMatch(/I2 Nätanslutningar.*inaktuellt värde/u);
    expect(to(w38, `bostader@${DOMAIN}`)?.text).not.toContain("inaktuellt värde");
  });
});

describe("a snapshot kept before the as-of rule", () => {
  const manager: Audience = { overview: true, blocks: [] };
  it("does not hide a row it held ahead of its date: the row is new when its week comes", () => {
    const old = takeSnapshot("2024-W38", programme, fixtureStatus(programme, "2024-09-18"));
    // Older snapshots held every row whatever its date.
    const legacy = {
      ...old,
      measurements: programme.measurements.map((m) => ({ indicator: m.indicator, date: m.date, value: m.value, owner: m.owner })),
    };
    const now = fixtureStatus(programme, "2024-09-25");
    const changes = changesBetween(legacy, takeSnapshot("2024-W39", programme, now));
    expect(changes.newMeasurements).toEqual([{ indicator: "I1", date: "2024-09-25", value: 2, owner: "bostader" }]);
    const section = buildSummaryContent({ slot: "2024-W39", programme, problems: [], status: now, changes }, manager).sections.find(
      (s: Section) => s.title.startsWith("Sedan förra"),
    );
    expect(section?.rows.map((r) => r.label)).toEqual(["Nytt mätvärde"]);
  });
});
