/**
 * The page layout of docx (`docx/layout`) is carried with an upstream patch
 * (patches/docx+9.15.2.patch, docs/upstream/docx-layout.md) that removes waste
 * without changing what it lays out, and adds soft page breaks. These tests
 * check that the installed package is the patched one, and that the report is
 * written with the page numbers the published layout (the patch taken back
 * out) gives the document as written.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Document, PageNumberEstimator } from "docx";
import type * as Layout from "docx/layout";
import { afterAll, describe, expect, it } from "vitest";
import { hunksOf, unpatched } from "./helpers/carried-patch.ts";
import { docxParts } from "./helpers/docx-text.ts";
import { renderExampleReport } from "./helpers/example-report.ts";

const PATCH = "patches/docx+9.15.2.patch";
const LAYOUT = "node_modules/docx/dist/layout.mjs";

let scratch: string | undefined;
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("the patched page layout of docx", () => {
  it("is the one installed, which the command line and the function bundles are built from", () => {
    const installed = readFileSync(
      createRequire(import.meta.url)
        .resolve("docx/layout")
        .replace(/\.cjs$/, ".mjs"),
      "utf8",
    );
    const hunks = hunksOf(PATCH, LAYOUT);
    expect(hunks.length).toBeGreaterThan(5);
    for (const { after } of hunks) expect(installed).toContain(after);
    expect(installed).toContain("var fontMeasures = ");
  });

  it("writes the example report with the page numbers the published layout gives the document as written", async () => {
    const { rendered, docx } = await renderExampleReport();
    const document = rendered.document as Document;
    const context = { file: document, viewWrapper: document.Document, stack: [] };
    const body = document.Document.View.Body.prepForXml(context);
    if (!body) throw new Error("no body");
    const estimator = (document.Document.View.Body as unknown as { pageNumbers?: PageNumberEstimator }).pageNumbers;
    if (!estimator) throw new Error("the report has no page numbers");

    scratch = await mkdtemp(join(tmpdir(), "lagesbild-docx-layout-"));
    const published = join(scratch, "layout.mjs");
    writeFileSync(published, unpatched(readFileSync(LAYOUT, "utf8"), hunksOf(PATCH, LAYOUT)));
    expect(readFileSync(published, "utf8")).not.toContain("var fontMeasures = ");
    const original = (await import(pathToFileURL(published).href)) as typeof Layout;

    const written = estimator(body, context);
    const fresh = original.estimatePageNumbers(body, context);
    expect(written.pageCount).toBeGreaterThan(10);
    for (const key of ["pageCount", "sectionPageCounts", "bookmarks", "bookmarkPageNumbers", "relativePositions"] as const) {
      expect(written[key], key).toEqual(fresh[key]);
    }
    const xml = (await docxParts(docx)).get("word/document.xml") ?? "";
    expect(xml).toContain("PAGEREF _Toc");
    expect(xml).not.toContain('w:dirty="true"');
    // A layout of the example, and loading the published layout: slow on a busy two-core machine.
  }, 240_000);
});
