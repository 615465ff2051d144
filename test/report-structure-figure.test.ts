/**
 * The structure figure in 1.4 is drawn from the Byggstenar sheet: whatever
 * blocks and areas the workbooks hold, in their order, with an alt text that
 * names them all (the seed's "enligt bilden nedan" points at it).
 */
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import type { Programme } from "../src/domain/model.ts";
import { renderReport } from "../src/report/render-report.ts";
import { docxParts, paragraphsOf } from "./helpers/docx-text.ts";
import { fixtureOutline, fixtureProgramme, fixtureStatus } from "./helpers/report-fixture.ts";

async function documentOf(programme: Programme) {
  const rendered = renderReport({
    programme,
    status: fixtureStatus(programme),
    outline: fixtureOutline([{ heading: "Metod", content: [{ blocks: "figure" }, { blocks: "table" }] }]),
    reportNumber: 1,
    problems: [],
  });
  if (!rendered.document) throw new Error("no document");
  const parts = await docxParts(await Packer.toBuffer(rendered.document));
  return { rendered, xml: parts.get("word/document.xml") ?? "" };
}

const xmlText = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');

describe("the structure figure", async () => {
  const base = fixtureProgramme();
  // Given out of order on the sheet: the figure follows the Ordning column, not the rows.
  const programme: Programme = {
    ...base,
    blocks: [
      { id: "vatten", name: "Vatten & avlopp", kind: "byggsten", status: "aktiv", order: 3 },
      { id: "skola", name: "Skola", kind: "byggsten", status: "startar senare", order: 1 },
      { id: "hamn", name: "Hamnar", kind: "byggsten", status: "aktiv", order: 2 },
      { id: "digital", name: "Digitalisering", kind: "tvärgående område", status: "aktiv", order: 5 },
      { id: "jamstalldhet", name: "Jämställdhet", kind: "tvärgående område", status: "aktiv", order: 4 },
    ],
  };
  const { rendered, xml } = await documentOf(programme);
  const group = /<wp:inline[\s\S]*?<\/wp:inline>/.exec(xml)?.[0] ?? "";
  const groupAlt = xmlText(/<wp:docPr [^>]*descr="([^"]*)"/.exec(group)?.[1] ?? "");

  it("is a group of Word shapes, each block and area a text box with its name as real text", () => {
    expect(group).toContain("<wpg:wgp>");
    const boxTexts = [...group.matchAll(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g)].map((m) =>
      xmlText([...(m[1] ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")),
    );
    expect(boxTexts).toEqual(["Skola (startar senare)", "Hamnar", "Vatten & avlopp", "Jämställdhet", "Digitalisering"]);
  });

  it("has a numbered caption that counts what it shows, before the table", () => {
    const captions = paragraphsOf(xml)
      .filter((p) => p.style === "Caption")
      .map((p) => p.text);
    expect(captions).toEqual([
      "Figur 1. Uppdragets struktur: 3 byggstenar och 2 tvärgående områden som berör samtliga byggstenar",
      "Tabell 1. Byggstenar och tvärgående områden",
    ]);
  });

  it("says in its alt text every block in order, which starts later, and every area across them", () => {
    expect(groupAlt).toBe(
      "Bilden visar byggstenarna som rader: Skola (startar senare, ljusgrå), Hamnar, Vatten & avlopp. " +
        "De tvärgående områdena går som kolumner genom alla byggstenar: Jämställdhet, Digitalisering.",
    );
    expect(rendered.figures).toEqual([
      {
        title: "Uppdragets struktur",
        description: groupAlt,
        parts: [
          "Skola (startar senare, ljusgrå)",
          "Hamnar",
          "Vatten & avlopp",
          "Jämställdhet: tvärgående område som berör samtliga byggstenar",
          "Digitalisering: tvärgående område som berör samtliga byggstenar",
        ],
      },
    ]);
  });

  it("draws a later-starting block pale grey, the others light blue, so the picture says it too", () => {
    const shapes = [...group.matchAll(/<wps:wsp>[\s\S]*?<\/wps:wsp>/g)].map((m) => m[0]);
    const fill = (text: string) =>
      /<a:solidFill><a:srgbClr val="([0-9A-F]{6})"\/>/.exec(shapes.find((s) => s.includes(`>${text}<`)) ?? "")?.[1];
    expect(fill("Skola (startar senare)")).toBe("F2F2F2");
    expect(fill("Hamnar")).toBe("DEEAF6");
  });

  it("with one block and no area, says so in the singular and draws no column", async () => {
    const single = await documentOf({ ...base, blocks: [{ id: "b", name: "Bostäder", kind: "byggsten", status: "aktiv", order: 1 }] });
    expect(paragraphsOf(single.xml).find((p) => p.style === "Caption")?.text).toBe("Figur 1. Uppdragets struktur: 1 byggsten");
    expect(single.rendered.figures[0]?.description).toBe("Bilden visar byggstenarna som rader: Bostäder. Inga tvärgående områden finns.");
  });

  it("without blocks, says in the text that the picture is missing instead of drawing an empty one", async () => {
    const none = await documentOf({ ...base, blocks: [] });
    expect(none.xml).not.toContain("<wpg:wgp>");
    expect(paragraphsOf(none.xml).map((p) => p.text)).toContain(
      "Inga byggstenar finns på bladet Byggstenar, så bilden över uppdragets struktur saknas.",
    );
    expect(none.rendered.figures).toEqual([]);
  });
});
