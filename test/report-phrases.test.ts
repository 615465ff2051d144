import { describe, expect, it } from "vitest";
import { fillTemplate, genitive, piecesToText, placeholderValues, startingLater, type Values } from "../src/report/placeholders.ts";
import { fixtureProgramme, fixtureStatus } from "./helpers/report-fixture.ts";

const values: Values = { myndighet: "Tillväxtverket", ort: "Luleå", undertecknad: "", beslutsfattare: undefined };

describe("filling in the outline's placeholders", () => {
  it.each([
    ["{myndighet} rapporterar", "Tillväxtverket rapporterar"],
    ["Ingen platshållare", "Ingen platshållare"],
    ["{ort} {undertecknad}", "Luleå"],
    ["Av {beslutsfattare}.", "Av [Uppgift saknas: beslutsfattare]."],
    ["{okänd} text", "[Okänd platshållare i rapportmallen: {okänd}] text"],
  ])("%j becomes %j", (template, expected) => {
    expect(piecesToText(fillTemplate(template, values))).toBe(expected);
  });

  it("leaves page fields to Word in headers and footers", () => {
    const pieces = fillTemplate("Sida {sida} av {antal sidor}", values, { sida: "PAGE", "antal sidor": "NUMPAGES" });
    expect(pieces).toEqual([
      { kind: "text", text: "Sida " },
      { kind: "field", field: "PAGE" },
      { kind: "text", text: " av " },
      { kind: "field", field: "NUMPAGES" },
    ]);
  });
});

describe("the placeholders' values", () => {
  const programme = fixtureProgramme();

  it.each([
    [1, "rapportens ordningstal", "första"],
    [2, "rapportens ordningstal", "andra"],
    [1, "periodens start", "juni 2023"],
    [1, "periodens slut", "september 2024"],
    [1, "regeringsbeslut", "KN2023/1, KN2023/2 och KN2023/3"],
    [1, "handläggare", "Ada Ek, Bo Gran"],
    [1, "undertecknad", "20240927"],
    [2, "undertecknad", ""],
    [1, "antal byggstenar", "två"],
    [1, "antal tvärgående områden", "en"],
    [1, "myndighetens", "Tillväxtverkets"],
    [1, "övergripande mål", "Norr är rustad år 2026"],
    [1, "lägesdatum", "18 september 2024"],
    [1, "byggstenar som startar senare", "Energi"],
  ])("report %i: {%s} is %j", (reportNumber, name, expected) => {
    const report = programme.reports.find((r) => r.number === reportNumber);
    if (!report) throw new Error("fixture without the report");
    expect(placeholderValues(programme, report, fixtureStatus(programme, 1))[name]).toBe(expected);
  });

  it("marks what the workbooks do not give as missing, not as empty", () => {
    const { assignment: _, ...bare } = fixtureProgramme({ targetGroups: [] });
    const report = bare.reports[0];
    if (!report) throw new Error("fixture without a report");
    const v = placeholderValues(bare, report, fixtureStatus(bare));
    expect(v.myndighet).toBeUndefined();
    expect(v["primära målgrupper"]).toBeUndefined();
    expect("myndighet" in v).toBe(true);
  });

  it("lists the blocks that start later in their order", () => {
    const blocks = [
      { id: "b", name: "B", kind: "byggsten" as const, status: "startar senare" as const, order: 2 },
      { id: "a", name: "A", kind: "byggsten" as const, status: "startar senare" as const, order: 1 },
      { id: "c", name: "C", kind: "byggsten" as const, status: "aktiv" as const, order: 0 },
    ];
    expect(startingLater(fixtureProgramme({ blocks }), "2024-08-31")).toEqual(["A", "B"]);
  });

  it("counts a block started after a report's period as not started in that report, and started in the next", () => {
    const blocks = [
      { id: "a", name: "A", kind: "byggsten" as const, status: "aktiv" as const, order: 1, started: "2024-11-01" },
      { id: "b", name: "B", kind: "byggsten" as const, status: "aktiv" as const, order: 2, started: "2023-06-01" },
    ];
    expect(startingLater(fixtureProgramme({ blocks }), "2024-08-31")).toEqual(["A"]);
    expect(startingLater(fixtureProgramme({ blocks }), "2025-02-28")).toEqual([]);
  });

  it.each([
    ["Tillväxtverket", "Tillväxtverkets"],
    ["Boverket", "Boverkets"],
    ["Trafikverkets", "Trafikverkets"],
    ["Vinnova", "Vinnovas"],
  ])("the genitive of %s is %s", (name, expected) => {
    expect(genitive(name)).toBe(expected);
  });
});
