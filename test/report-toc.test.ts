import { describe, expect, it } from "vitest";
import { docxParts, paragraphsOf } from "./helpers/docx-text.ts";
import { renderExampleReport } from "./helpers/example-report.ts";

/** The table of contents' cached entries: paragraphs styled TOC1–TOC3. */
async function tocEntries(tocPageNumbers: boolean) {
  const { docx } = await renderExampleReport((o) => ({ ...o, tocPageNumbers }));
  const document = (await docxParts(docx)).get("word/document.xml") ?? "";
  return { document, entries: paragraphsOf(document).filter((p) => /^TOC\d$/i.test(p.style ?? "")) };
}

describe("the table of contents", () => {
  it("carries every heading with its number and page number when pages are laid out", async () => {
    const { entries } = await tocEntries(true);
    expect(entries.length).toBeGreaterThan(25);
    expect(entries.find((e) => e.text.includes("Bakgrund"))?.text).toMatch(/^1\.1\s*Bakgrund\s*\d+$/);
  });

  it("is not marked for updating when its page numbers are laid out, so Word opens it without asking", async () => {
    const { document } = await tocEntries(true);
    expect(document).toContain("TOC \\h \\o");
    expect(document).not.toContain('w:dirty="true"');
  });

  it("still lists every heading when the outline turns page layout off, marked for Word to fill in the pages", async () => {
    const { entries, document } = await tocEntries(false);
    expect(entries.length).toBeGreaterThan(25);
    expect(entries.map((e) => e.text.trim())).toContain("Bakgrund");
    expect(document).toContain('w:dirty="true"');
  });
});
