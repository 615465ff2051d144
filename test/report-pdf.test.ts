/**
 * The report as the agency publishes it: converted by LibreOffice to a
 * tagged PDF and read back as an assistive technology reads it. Two reports:
 * Delrapport 1 from the example workbooks, and a small programme's report
 * through the same template (a draft: its texts are missing).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Packer } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { renderReport, type RenderedReport } from "../src/report/render-report.ts";
import { convertDocxToPdf } from "../src/sinks/pdf/docx-to-pdf.ts";
import { findSoffice } from "../src/sinks/pdf/find-soffice.ts";
import { renderExampleReport } from "./helpers/example-report.ts";
import { THRESHOLDS } from "../src/indicators/thresholds.ts";
import { readPdfStructure, type PdfStructure } from "./helpers/pdf-structure.ts";
import { fixtureProgramme, fixtureStatus } from "./helpers/report-fixture.ts";

interface Converted {
  readonly rendered: RenderedReport;
  readonly pdf: PdfStructure;
}

let dir: string;
const reports: Record<"example" | "small", Converted> = {} as never;

async function convert(name: string, rendered: RenderedReport, docx: Buffer): Promise<Converted> {
  const docxPath = join(dir, `${name}.docx`);
  await writeFile(docxPath, docx);
  await convertDocxToPdf(docxPath, join(dir, `${name}.pdf`), { soffice: findSoffice(process.env), figures: rendered.figures });
  return { rendered, pdf: await readPdfStructure(join(dir, `${name}.pdf`)) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-pdf-test-"));
  const example = await renderExampleReport();
  const programme = fixtureProgramme();
  const outline = await loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`);
  const small = renderReport({ programme, status: fixtureStatus(programme), outline, reportNumber: 1, problems: [] });
  if (!small.document) throw new Error("no document");
  // Two at once: each conversion has its own LibreOffice profile, so neither waits for the other.
  const [a, b] = await Promise.all([
    convert("example", example.rendered, example.docx),
    convert("small", small, await Packer.toBuffer(small.document)),
  ]);
  reports.example = a;
  reports.small = b;
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const headingTags = (pdf: PdfStructure) => pdf.elements.filter((e) => /^H[1-6]$/.test(e.type));
const expectedHeadings = (rendered: RenderedReport) =>
  rendered.outline.map((h) => ({ type: `H${h.level}`, text: h.number ? `${h.number} ${h.text}` : h.text }));

describe.each(["example", "small"] as const)("the %s report's tagged PDF", (name) => {
  it("has every heading as a tagged H1–H3 at its level, numbered, in order", () => {
    const { rendered, pdf } = reports[name];
    expect(rendered.outline.length).toBeGreaterThan(5);
    expect(headingTags(pdf).map((h) => ({ type: h.type, text: h.text }))).toEqual(expectedHeadings(rendered));
  });

  it("has a bookmark for every heading, nested as the headings are", () => {
    const { rendered, pdf } = reports[name];
    expect(pdf.bookmarks).toEqual(rendered.outline.map((h) => ({ title: h.number ? `${h.number} ${h.text}` : h.text, level: h.level })));
  });

  it("is in Swedish and shows its title, not its file name", () => {
    const { pdf } = reports[name];
    expect(pdf.lang).toBe("sv-SE");
    expect(pdf.title).toMatch(/^.+ – Delrapport 1$/);
    expect(pdf.displayDocTitle).toBe(true);
  });

  it("marks the header row of every table as header cells", () => {
    const { pdf } = reports[name];
    const tables = pdf.elements.filter((e) => e.type === "Table");
    expect(tables.length).toBeGreaterThan(0);
    for (const [i, e] of pdf.elements.entries()) {
      if (e.type !== "Table") continue;
      const firstCell = pdf.elements.slice(i + 1).find((c) => c.type === "TH" || c.type === "TD");
      expect(firstCell?.type).toBe("TH");
    }
  });

  it("gives every figure its alt text; a figure drawn as shapes, each shape, the first saying the whole", () => {
    const { pdf, rendered } = reports[name];
    // What each Figure element must say: LibreOffice tags every shape of a group as a Figure of its own.
    const expected = rendered.figures.flatMap((f) =>
      f.parts && f.parts.length > 0 ? f.parts.map((part, i) => (i === 0 ? [f.description, part] : [part])) : [[f.description]],
    );
    expect(pdf.figureAlts).toHaveLength(expected.length);
    pdf.figureAlts.forEach((alt, i) => {
      for (const words of expected[i] ?? []) expect(alt).toContain(words);
    });
  });

  it("never breaks a date across lines, in the tables or the text", () => {
    const { pdf } = reports[name];
    // A date cut at a hyphen ("2023-09-" / "30") leaves its first part with no digit after it, in any column.
    const cut = pdf.pages.flatMap((page) => [...page.matchAll(/\b\d{4}-(?:\d{2}-)?(?!\d)/g)].map((m) => m[0]));
    expect(cut).toEqual([]);
    expect(pdf.pages.join("\n")).toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("has no empty page, and no nearly empty one before the last", () => {
    const { pdf } = reports[name];
    // Header and footer alone are about 100 characters; a page needs real content beyond them.
    // The last page ends the document and may be short, but never only header and footer.
    pdf.pages.forEach((page, i) =>
      expect(page.replace(/\s+/g, " ").trim().length, `page ${i + 1}`).toBeGreaterThan(i === pdf.pages.length - 1 ? 150 : 400),
    );
  });
});

describe("the PDFs differ where the reports do", () => {
  it("the example's structure figure in 1.4 names the eight blocks and the three areas across them", () => {
    const alt = reports.example.pdf.figureAlts[0]?.replace(/\s/g, " ");
    expect(alt).toMatch(
      /^Uppdragets struktur\. Bilden visar byggstenarna som rader: Attraktiva samhällen \(startar senare, ljusgrå\), Befolkningsförsörjning,/,
    );
    expect(alt).toContain(
      "De tvärgående områdena går som kolumner genom alla byggstenar: Finansiering, Hållbarhet, Tillstånd och förenkling.",
    );
    const caption = reports.example.pdf.pages.join("\n").replace(/\s+/g, " ");
    expect(caption).toContain("Figur 1. Uppdragets struktur: 8 byggstenar och 3 tvärgående områden som berör samtliga byggstenar");
  });

  it("the example's chapter 4 explains the statuses with the thresholds the computation uses", () => {
    const text = reports.example.pdf.pages.join("\n").replace(/\s+/g, " ");
    // THRESHOLDS: on track within 10 points of expected, at risk within 25.
    expect(THRESHOLDS.onTrackGap).toBe(0.1);
    expect(THRESHOLDS.atRiskGap).toBe(0.25);
    expect(text).toContain("i fas: framsteget är högst 10 procentenheter efter det väntade.");
    expect(text).toContain("risk: framsteget är mer än 10 och högst 25 procentenheter efter det väntade.");
    expect(text).toContain("efter: framsteget är mer än 25 procentenheter efter det väntade");
  });

  it("the example's chart is a figure whose alt text names each indicator with its progress", () => {
    const alt = reports.example.pdf.figureAlts.find((a) => a.startsWith("Framsteg"))?.replace(/\s/g, " ");
    expect(alt).toMatch(/^Framsteg mot målvärdet per indikator\. Liggande stapeldiagram/);
    expect(alt).toContain("I1 Antal myndigheter i gemensamma insatser: uppnått 27 %, förväntat 28 %");
  });

  it("the decided example says nothing of a draft; the small draft says UTKAST on its first page", () => {
    expect(reports.example.rendered.draft).toBe(false);
    expect(reports.example.pdf.pages.join("\n")).not.toContain("UTKAST");
    expect(reports.small.rendered.draft).toBe(true);
    expect(reports.small.pdf.pages[0]).toContain("UTKAST");
    expect(reports.small.pdf.pages[0]).toContain("inte beslutad");
  });
});
