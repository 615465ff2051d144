/**
 * The Nätverk sheets (the coordination's and each block's) are read into the
 * report: 3.1 lists the networks of the report's period with who keeps them.
 */
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import type { Network, Programme } from "../src/domain/model.ts";
import { renderReport } from "../src/report/render-report.ts";
import { docxParts, paragraphsOf } from "./helpers/docx-text.ts";
import { renderExampleReport } from "./helpers/example-report.ts";
import { fixtureOutline, fixtureProgramme, fixtureStatus } from "./helpers/report-fixture.ts";

async function textOf(programme: Programme): Promise<string[]> {
  const rendered = renderReport({
    programme,
    status: fixtureStatus(programme),
    outline: fixtureOutline([{ heading: "Nätverk", content: [{ networks: "table" }] }]),
    reportNumber: 1,
    problems: [],
  });
  if (!rendered.document) throw new Error("no document");
  const parts = await docxParts(await Packer.toBuffer(rendered.document));
  return paragraphsOf(parts.get("word/document.xml") ?? "").map((p) => p.text);
}

const network = (name: string, owner: string | null, extra: Partial<Network> = {}): Network => ({ name, owner, ...extra }) as Network;

describe("the networks table", () => {
  // Report 1 of the fixture covers 2023-06-01 – 2024-09-18; blocks in order: Bostäder (1), Energi (2), Finansiering (3).
  const programme = fixtureProgramme({
    networks: [
      network("Energiforum", "energi", { role: "deltagare", from: "2024-01-10" }),
      network("Allians Norr", null, { role: "sammankallande", from: "2024-06-04" }),
      network("Byggforum", "bostader"),
      network("Nedlagt råd", null, { from: "2022-01-01", to: "2023-05-31" }),
      network("Kommande nätverk", "energi", { from: "2024-09-19" }),
    ],
  });

  it("lists the period's networks, the coordination's first and then by block order, with keeper, role and since", async () => {
    const text = await textOf(programme);
    const start = text.indexOf("Sedan");
    expect(text.filter((t) => t.startsWith("Tabell "))).toEqual([
      "Tabell 1. Nätverk och forum som arbetet deltar i under perioden, enligt arbetsböckerna",
    ]);
    expect(text.slice(start - 3, start + 13)).toEqual([
      "Nätverk eller forum",
      "Arbetsgrupp",
      "Roll",
      "Sedan",
      "Allians Norr",
      "Samordningen",
      "sammankallande",
      "2024-06-04",
      "Byggforum",
      "Bostäder",
      "–",
      "–",
      "Energiforum",
      "Energi",
      "deltagare",
      "2024-01-10",
    ]);
  });

  it("leaves out a network that ended before the period or starts after it", async () => {
    const text = await textOf(programme);
    expect(text).not.toContain("Nedlagt råd");
    expect(text).not.toContain("Kommande nätverk");
  });

  it("says so in a sentence when the sheets hold no network for the period", async () => {
    const text = await textOf(fixtureProgramme({ networks: [] }));
    expect(text).toContain("Inga nätverk är registrerade för perioden på bladet Nätverk.");
  });

  it("shows the example's networks under 3.1 Nätverk, after the seed's own text", async () => {
    const { docx } = await renderExampleReport();
    const parts = await docxParts(docx);
    const text = paragraphsOf(parts.get("word/document.xml") ?? "").map((p) => p.text);
    const caption = text.findIndex((t) => /^Tabell \d+\. Nätverk och forum/.test(t));
    expect(caption).toBeGreaterThan(text.indexOf("Nätverk"));
    expect(caption).toBeLessThan(text.indexOf("Kunskap"));
    expect(text.slice(caption)).toContain("Omställningsallians Norr (ON)");
    expect(text.slice(caption)).toContain("GD-nätverk inom Rådet för hållbara städer");
  });
});
