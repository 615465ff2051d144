/**
 * The page layout of docx (`docx/layout`) is carried with an upstream patch
 * (patches/docx+9.15.2.patch, docs/upstream/docx-layout.md) that removes waste
 * without changing what it lays out. These tests check that the installed
 * package is the patched one, and that the report is written byte for byte as
 * with the published layout (laid out again with the patch taken back out).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Layout from "docx/layout";
import { afterAll, describe, expect, it, vi } from "vitest";
import { hunksOf, unpatched } from "./helpers/carried-patch.ts";
import { docxParts } from "./helpers/docx-text.ts";
import { renderExampleReport } from "./helpers/example-report.ts";

const PATCH = "patches/docx+9.15.2.patch";
const LAYOUT = "node_modules/docx/dist/layout.mjs";

/** The layout the report's document uses: switched between the installed (patched) one and the published one. */
const layouts = vi.hoisted(() => ({ current: undefined as typeof Layout | undefined }));
vi.mock("docx/layout", async (importActual) => {
  const actual = await importActual<typeof Layout>();
  const chosen = () => layouts.current ?? actual;
  const estimate = (...args: Parameters<typeof actual.estimatePageNumbers>) => chosen().estimatePageNumbers(...args);
  type ListNumbers = NonNullable<typeof actual.estimatePageNumbers.listNumbers>;
  const listNumbers: ListNumbers = (...args) => (chosen().estimatePageNumbers.listNumbers as ListNumbers)(...args);
  return { ...actual, estimatePageNumbers: Object.assign(estimate, { listNumbers }) };
});

let scratch: string | undefined;
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/**
 * The parts of the example report, with what differs from one rendering to the next in one process made equal: the
 * relationship ids docx draws at random, and the numbers of bookmarks and drawings, counted on across documents, renumbered
 * in the order they first appear.
 */
async function exampleParts(): Promise<Map<string, string>> {
  const { docx } = await renderExampleReport();
  const parts = await docxParts(docx);
  parts.delete("docProps/core.xml"); // creation and modification times
  const normalised = (xml: string) =>
    [/(_Toc)(\d+)/g, /(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)/g, /(<wp:docPr id=")(\d+)/g].reduce(
      inOrder,
      xml.replace(/rId[A-Za-z0-9_-]{12,}/g, "rId*"),
    );
  return new Map([...parts].map(([name, xml]) => [name, normalised(xml)]));
}

/** The numbers a pattern's second group finds, replaced by the order in which each first appears. */
function inOrder(xml: string, pattern: RegExp): string {
  const seen = new Map<string, number>();
  return xml.replace(pattern, (_, before: string, n: string) => {
    if (!seen.has(n)) seen.set(n, seen.size);
    return `${before}#${seen.get(n)}`;
  });
}

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

  it("writes the example report exactly as the published layout does: same TOC page numbers, same XML", async () => {
    const patchedParts = await exampleParts();

    scratch = await mkdtemp(join(tmpdir(), "lagesbild-docx-layout-"));
    const published = join(scratch, "layout.mjs");
    writeFileSync(published, unpatched(readFileSync(LAYOUT, "utf8"), hunksOf(PATCH, LAYOUT)));
    layouts.current = (await import(pathToFileURL(published).href)) as typeof Layout;
    expect(readFileSync(published, "utf8")).not.toContain("var fontMeasures = ");
    const publishedParts = await exampleParts();
    layouts.current = undefined;

    const document = publishedParts.get("word/document.xml") ?? "";
    expect(document).toContain("PAGEREF _Toc");
    expect(document).not.toContain('w:dirty="true"');
    expect([...patchedParts.keys()].sort()).toEqual([...publishedParts.keys()].sort());
    for (const [name, xml] of publishedParts) expect(patchedParts.get(name), name).toBe(xml);
    // Two layouts of the example, and loading the published layout: slow on a busy two-core machine.
  }, 240_000);
});
