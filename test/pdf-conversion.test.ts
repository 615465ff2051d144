/**
 * The PDF converter's edges: LibreOffice missing, failing or hanging gives a
 * Swedish error and no PDF; two conversions at once both finish. A small
 * .docx keeps this quick; the report's own PDF is checked in report-pdf.
 */
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convertDocxToPdf } from "../src/sinks/pdf/docx-to-pdf.ts";
import { findSoffice } from "../src/sinks/pdf/find-soffice.ts";
import { PdfConversionError } from "../src/sinks/pdf/pdf-conversion-error.ts";
import { readPdfStructure } from "./helpers/pdf-structure.ts";

let dir: string;
let docx: string;

/** An executable shell script standing in for soffice. */
async function fakeSoffice(name: string, body: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `#!/bin/sh\n${body}\n`);
  await chmod(path, 0o755);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-pdf-conv-"));
  docx = join(dir, "liten.docx");
  const document = new Document({
    title: "Liten rapport",
    // Without an outline level in the style, LibreOffice tags the heading as a plain paragraph.
    styles: { default: { document: { run: { language: { value: "sv-SE" } } }, heading1: { paragraph: { outlineLevel: 0 } } } },
    sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Rubrik" }), new Paragraph("Text.")] }],
  });
  await writeFile(docx, await Packer.toBuffer(document));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("finding LibreOffice", () => {
  it("takes LAGESBILD_SOFFICE before the PATH", async () => {
    const fake = await fakeSoffice("min-soffice", "exit 0");
    expect(findSoffice({ LAGESBILD_SOFFICE: fake, PATH: "/usr/bin" })).toBe(fake);
  });

  it("looks for soffice on the PATH", async () => {
    await fakeSoffice("soffice", "exit 0");
    expect(findSoffice({ PATH: `/nowhere:${dir}` })).toBe(join(dir, "soffice"));
  });

  it("says in Swedish how to give it when it is nowhere", () => {
    expect(() => findSoffice({ PATH: "/nowhere" })).toThrow(
      new PdfConversionError(
        "LibreOffice hittades inte, så ingen PDF skrevs. Installera LibreOffice (programmet soffice) eller ange sökvägen till det i LAGESBILD_SOFFICE.",
      ),
    );
    expect(() => findSoffice({ LAGESBILD_SOFFICE: "/finns/inte/soffice" })).toThrow(
      /LAGESBILD_SOFFICE pekar på \/finns\/inte\/soffice, som inte finns/,
    );
  });
});

describe("converting", () => {
  it("stops a LibreOffice that hangs at the time limit, and writes no PDF", async () => {
    const hanging = await fakeSoffice("hanging", "sleep 30");
    const pdf = join(dir, "hangande.pdf");
    await expect(convertDocxToPdf(docx, pdf, { soffice: hanging, timeoutMs: 500 })).rejects.toThrow(
      /inom tidsgränsen \(0,5 s\) och stoppades/,
    );
    await expect(stat(pdf)).rejects.toThrow();
  });

  it("reports a LibreOffice that fails, with its exit code", async () => {
    const failing = await fakeSoffice("failing", "echo 'Error: source file could not be loaded' >&2; exit 1");
    await expect(convertDocxToPdf(docx, join(dir, "fel.pdf"), { soffice: failing })).rejects.toThrow(
      /LibreOffice avslutades med kod 1 .*source file could not be loaded/,
    );
  });

  it("reports a LibreOffice that exits well but writes nothing", async () => {
    const silent = await fakeSoffice("silent", "exit 0");
    await expect(convertDocxToPdf(docx, join(dir, "tyst.pdf"), { soffice: silent })).rejects.toThrow(/LibreOffice skrev ingen PDF av/);
  });

  it("runs two conversions at once, each in its own profile, to two tagged PDFs", async () => {
    const soffice = findSoffice(process.env);
    const [a, b] = [join(dir, "a.pdf"), join(dir, "b.pdf")];
    await Promise.all([convertDocxToPdf(docx, a, { soffice }), convertDocxToPdf(docx, b, { soffice })]);
    for (const pdf of [a, b]) {
      expect((await readFile(pdf)).subarray(0, 5).toString()).toBe("%PDF-");
      const structure = await readPdfStructure(pdf);
      expect(structure.elements.filter((e) => e.type === "H1").map((e) => e.text)).toEqual(["Rubrik"]);
      expect(structure.lang).toBe("sv-SE");
    }
  }, 180_000);
});
