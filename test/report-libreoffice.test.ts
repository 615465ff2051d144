/**
 * A real client opens the report: LibreOffice converts it to PDF, poppler
 * reads the PDF back, and the first pages and the chart's page are kept as
 * PNGs in reports/ (not in git) for a reviewer to look at.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RenderedReport } from "../src/report/render-report.ts";
import { renderExampleReport } from "./helpers/example-report.ts";
import { PDF_FILTER_OPTIONS } from "../src/sinks/pdf/docx-to-pdf.ts";
import { readPdfStructure } from "./helpers/pdf-structure.ts";
import { normaliseSpace } from "./helpers/seed.ts";

const run = promisify(execFile);
const REPORTS_DIR = "reports";

let dir: string;
let pdf: string;
let pages: number;
let text: string;
let rendered: RenderedReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-report-"));
  const example = await renderExampleReport();
  rendered = example.rendered;
  const docx = join(dir, "delrapport-1.docx");
  await writeFile(docx, example.docx);
  // A profile of its own, so parallel runs do not fight over LibreOffice's lock.
  const profile = `file://${join(dir, "soffice-profile")}`;
  await run(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      `pdf:writer_pdf_Export:${JSON.stringify(PDF_FILTER_OPTIONS)}`,
      "--outdir",
      dir,
      docx,
    ],
    { timeout: 120_000 },
  );
  pdf = join(dir, "delrapport-1.pdf");
  const info = (await run("pdfinfo", [pdf])).stdout;
  pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  text = (await run("pdftotext", [pdf, "-"], { maxBuffer: 16 * 1024 * 1024 })).stdout;
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the report opened in LibreOffice", () => {
  it("converts to a PDF of the expected length", () => {
    expect(pages).toBeGreaterThanOrEqual(18);
    expect(pages).toBeLessThanOrEqual(32);
  });

  it("shows every heading with its number", async () => {
    // Read from the tagged structure: pdftotext may place a number apart from its heading when a chapter follows a table.
    const headings = (await readPdfStructure(pdf)).elements.filter((e) => /^H\d$/.test(e.type)).map((e) => e.text);
    for (const h of rendered.outline) expect(headings, h.text).toContain(h.number ? `${h.number} ${h.text}` : h.text);
  });

  it("fills in the page fields of the footer: Sida X av Y", () => {
    expect(text).toContain(`Sida 2 av ${pages}`);
    expect(text).toContain(`Sida ${pages} av ${pages}`);
  });

  it("shows the table of contents' entries as written", () => {
    const toc = normaliseSpace(text.slice(text.indexOf("Innehåll"), text.indexOf("Detta är den första delrapporten")));
    expect(toc).toMatch(/3\.2\.1 Befolkningsförsörjning och Kompetensförsörjning\.*\s*\d+/);
  });

  it("draws the chart, with its axis title", () => {
    expect(normaliseSpace(text)).toContain("Andel av vägen från basvärde till målvärde (%)");
  });

  it("keeps PNGs of the first pages and the chart's page in reports/", async () => {
    await mkdir(REPORTS_DIR, { recursive: true });
    for (const old of await readdir(REPORTS_DIR)) if (/^delrapport-1-.*\.png$/.test(old)) await rm(join(REPORTS_DIR, old));
    const chartPage = text.split("\f").findIndex((page) => page.includes("Andel av vägen från basvärde till målvärde")) + 1;
    await run("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "4", pdf, join(REPORTS_DIR, "delrapport-1-sida")]);
    await run("pdftoppm", [
      "-r",
      "70",
      "-png",
      "-f",
      String(chartPage),
      "-l",
      String(chartPage),
      pdf,
      join(REPORTS_DIR, "delrapport-1-diagram"),
    ]);
    const pngs = (await readdir(REPORTS_DIR)).filter((f) => f.startsWith("delrapport-1-") && f.endsWith(".png"));
    expect(pngs.length).toBeGreaterThanOrEqual(5);
  });
});
