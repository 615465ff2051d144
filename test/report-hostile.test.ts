/**
 * Workbook text that once broke the Word report or made it dangerous: characters
 * XML forbids (Excel's `_xFFFF_` escape), links of any scheme, and one enormous
 * word. The document must still open in LibreOffice, link only to web pages
 * and e-mail, and every refused link must be a located validation error.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { Packer } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { breakable } from "../src/report/breakable.ts";
import { renderReport } from "../src/report/render-report.ts";
import { isAllowedLink } from "../src/text/links.ts";
import { cli } from "./helpers/cli.ts";
import { docxParts } from "./helpers/docx-text.ts";
import { EXAMPLE_DIR } from "./helpers/example-report.ts";
import { fixtureOutline, fixtureProgramme, fixtureStatus } from "./helpers/report-fixture.ts";

const run = promisify(execFile);
const ZWSP = "\u200b";

const BAD_LINKS = [
  "javascript:alert`1`",
  "file:///etc/passwd",
  "\\\\server\\share\\a.docx",
  "data:text/html;base64,PHNjcmlwdD4=",
  "vbscript:msgbox",
];

describe("which links may be written", () => {
  it.each([
    ["https://www.tillvaxtverket.se/", true],
    ["HTTP://example.se/a?b=1", true],
    ["mailto:ada@tillvaxtverket.se", true],
    ["https://", false],
    ["ftp://example.se/", false],
    ["//example.se/", false],
    ["/relative", false],
    ...BAD_LINKS.map((l) => [l, false] as [string, boolean]),
  ])("%s → %s", (href, allowed) => {
    expect(isAllowedLink(href)).toBe(allowed);
  });
});

describe("long unbroken runs of text", () => {
  it("leaves ordinary text exactly as written", () => {
    const text = "Arbetet med kompetensförsörjningen fortsätter https://example.se/a/b 🚀";
    expect(breakable(text)).toBe(text);
  });

  it("gives a run of 200 000 characters a place to break every 30 characters, losing nothing and splitting no emoji", () => {
    const run = `${"x".repeat(100_000)}${"👩🏽‍🔬".repeat(10)}${"y".repeat(100_000)}`;
    const broken = breakable(`före ${run} efter`);
    expect(broken.replaceAll(ZWSP, "")).toBe(`före ${run} efter`);
    const pieces = broken.slice(5, -6).split(ZWSP);
    expect(pieces.every((p) => Array.from(p).length <= 30)).toBe(true);
    expect(pieces.join("")).toBe(run);
    expect(broken).toContain("👩🏽‍🔬");
    expect(broken.startsWith("före x")).toBe(true);
  });

  it("writes a word as long as a cell holds into the report in breakable pieces", async () => {
    const word = "ö".repeat(32_767);
    const programme = fixtureProgramme({ texts: [{ report: "1", section: "inledning", order: 1, text: `Början ${word} slut.` }] });
    const rendered = renderReport({
      programme,
      status: fixtureStatus(programme),
      outline: fixtureOutline(),
      reportNumber: 1,
      problems: [],
    });
    if (!rendered.document) throw new Error("no document");
    const xml = (await docxParts(await Packer.toBuffer(rendered.document))).get("word/document.xml") ?? "";
    expect(xml).toContain(`Början ${"ö".repeat(30)}${ZWSP}${"ö".repeat(30)}${ZWSP}`);
    const written = /Början ([^<]*) slut\./.exec(xml)?.[1] ?? "";
    expect(written.replaceAll(ZWSP, "")).toBe(word);
  }, 120_000);
});

describe("a report from workbooks with forbidden characters and links", () => {
  let dir: string;
  let source: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "lagesbild-hostile-report-"));
    source = join(dir, "kalla");
    await cp(EXAMPLE_DIR, source, { recursive: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(source, "central.xlsx"));
    const texts = workbook.getWorksheet("Texter");
    if (!texts) throw new Error("no sheet Texter");
    // Row 2: a paragraph of the summary with characters XML forbids, as Excel escapes them.
    texts.getCell("D2").value = "Läget_xFFFF_ i norr_xFFFE_ är gott_x0001_.";
    // Rows 3–7: one forbidden link each (the rows are refused, so the report marks the text as missing).
    BAD_LINKS.forEach((href, i) => {
      texts.getCell(`D${3 + i}`).value = `Läs [mer här](${href}) om saken.`;
    });
    // Row 8: a link that may be written.
    texts.getCell("D8").value = "Se [webbplatsen](https://www.tillvaxtverket.se/) för mer.";
    await workbook.xlsx.writeFile(join(source, "central.xlsx"));

    // An activity id with a forbidden character and a space: the id error lands in the draft's appendix with its value.
    const block = new ExcelJS.Workbook();
    await block.xlsx.readFile(join(source, "bostader.xlsx"));
    const activities = block.getWorksheet("Aktiviteter");
    if (!activities) throw new Error("no sheet Aktiviteter");
    activities.getCell("A2").value = "BO_xFFFF_ 1";
    await block.xlsx.writeFile(join(source, "bostader.xlsx"));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("reports every forbidden link where it stands", async () => {
    const { code, stdout } = await cli("validate", source, "--json");
    expect(code).toBe(1);
    const problems = JSON.parse(stdout) as { code: string; sheet?: string; row?: number; header?: string; value?: string }[];
    const links = problems.filter((p) => p.code === "link-not-allowed");
    expect(links.map((p) => [p.sheet, p.row, p.header, p.value])).toEqual(BAD_LINKS.map((href, i) => ["Texter", 3 + i, "Text", href]));
    const cleaned = problems.filter((p) => p.code === "text-control-characters");
    expect(cleaned).toEqual([expect.objectContaining({ sheet: "Texter", row: 2, header: "Text" })]);
    expect(JSON.stringify(problems)).not.toMatch(/[\uffff\ufffe\u0001]/u);
  });

  it("writes a draft that LibreOffice opens, with the cleaned text and only the allowed link", async () => {
    const out = join(dir, "utkast.docx");
    const { code } = await cli("report", source, "--report", "1", "--out", out);
    expect(code).toBe(1);
    const docx = await readFile(out);
    const parts = await docxParts(docx);
    const all = [...parts.values()].join("\n");
    expect(all).not.toMatch(/[\uffff\ufffe\u0001]/u);
    const rels = parts.get("word/_rels/document.xml.rels") ?? "";
    const targets = [...rels.matchAll(/Target="([^"]+)"\s+TargetMode="External"/g)].map((m) => m[1] ?? "");
    expect(targets).toContain("https://www.tillvaxtverket.se/");
    expect(targets.filter((t) => !/^(https?:\/\/|mailto:)/.test(t))).toEqual([]);

    const profile = `file://${join(dir, "soffice-profile")}`;
    await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, out], {
      timeout: 170_000,
    });
    const text = (await run("pdftotext", [join(dir, "utkast.pdf"), "-"], { maxBuffer: 16 * 1024 * 1024 })).stdout.replace(/\s+/g, " ");
    expect(text).toContain("Läget i norr är gott.");
    expect(text).toContain("BO 1");
  }, 240_000);
});
