import { describe, expect, it } from "vitest";
import type { Outcome, SummaryRun } from "../src/summary/send-summaries.ts";
import { formatSummaryRun } from "../src/summary/run-report.ts";
import { fixtureProgramme } from "./helpers/summary-fixture.ts";

const programme = fixtureProgramme();

function runWith(outcome: Outcome, extra: Partial<SummaryRun> = {}): SummaryRun {
  return {
    slot: "2024-W38",
    asOf: "2024-09-18",
    transport: "smtp",
    dryRun: false,
    force: false,
    results: [
      {
        to: { address: "energi@tillvaxtverket.example" },
        overview: false,
        blocks: ["energi"],
        subject: "Lägesbild vecka 38, 2024 – Energi",
        outcome,
      },
    ],
    refused: [],
    snapshotSaved: false,
    ...extra,
  };
}

describe("the report of a summary run", () => {
  it.each([
    [
      { status: "sent", where: "smtp.example:587 (250 OK)", attempt: 1 },
      "  skickat         energi@tillvaxtverket.example (Energi) → smtp.example:587 (250 OK)",
    ],
    [
      { status: "already-sent", at: "2024-09-16T05:00:00.000Z" },
      "  redan skickat   energi@tillvaxtverket.example (Energi), 2024-09-16T05:00:00.000Z",
    ],
    [
      { status: "failed", error: "SMTP-servern tog inte emot meddelandet: 550" },
      "  MISSLYCKADES    energi@tillvaxtverket.example (Energi): SMTP-servern tog inte emot meddelandet: 550",
    ],
    [
      { status: "in-doubt", since: "2024-09-16T05:00:00.000Z" },
      "  OKLART          energi@tillvaxtverket.example (Energi): påbörjades 2024-09-16T05:00:00.000Z utan registrerat utfall; kan ha kommit fram och skickas inte igen utan --force",
    ],
    [
      {
        status: "in-doubt",
        since: "2024-09-16T05:00:00.000Z",
        error: "SMTP-servern x:587 fick meddelandet men svarade aldrig om det togs emot: Connection closed",
      },
      "  OKLART          energi@tillvaxtverket.example (Energi): SMTP-servern x:587 fick meddelandet men svarade aldrig om det togs emot: Connection closed; kan ha kommit fram och skickas inte igen utan --force",
    ],
    [
      { status: "gave-up", attempts: 20 },
      "  GAV UPP         energi@tillvaxtverket.example (Energi): 20 misslyckade försök för veckan; använd --force",
    ],
  ] as const)("says what happened: %j", (outcome, line) => {
    expect(formatSummaryRun(runWith(outcome), programme).split("\n")).toContain(line);
  });

  it("tells how to send what is missing after a failure", () => {
    const text = formatSummaryRun(runWith({ status: "failed", error: "nere" }), programme);
    expect(text).toContain("Summa: 0 skickade, 0 redan skickade, 1 misslyckade, 0 oklara, 0 vägrade.");
    expect(text).toContain("Kör kommandot igen för att skicka det som saknas");
  });

  it("names the week compared with, or that there was none", () => {
    expect(formatSummaryRun(runWith({ status: "dry-run" }, { since: "2024-W37" }), programme)).toContain(
      "Ändringar jämförs med lägesbilden 2024-W37.",
    );
    expect(formatSummaryRun(runWith({ status: "dry-run" }), programme)).toContain("Första lägesbilden: inget tidigare att jämföra med.");
  });
});
