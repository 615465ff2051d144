import type { DocumentLayout, PageLayout } from "docx/layout";
import { describe, expect, it } from "vitest";
import { breaksAfterSparsePages } from "../src/report/sparse-pages.ts";

// A4 at 96 px to the inch: 1122.5 px tall, 94.5 px margins, so 933.5 px between them.
const TOP = 94.5;
const ROOM = 1122.53 - 2 * TOP;

/** A page whose body starts with `first` and reaches `share` of the room between the margins. */
function page(first: string, share: number): PageLayout {
  return {
    section: 0,
    width: 793.7,
    height: 1122.53,
    body: [{ type: "paragraph", index: 0, lines: [{ text: first, x: 94.5, y: TOP, width: 600, height: ROOM * share, textWidth: 100 }] }],
    footnotes: [],
    endnotes: [],
  };
}

const layout = (...pages: PageLayout[]): DocumentLayout => ({ pages });
const chapters = [
  { index: 3, text: "Uppdraget" },
  { index: 9, text: "Tillväxtverkets rekommendationer" },
];

describe("breaks that would leave a nearly empty page", () => {
  it("drops the break of a chapter that follows a page filled less than a quarter", () => {
    const pages = layout(page("Titel", 0.5), page("1\tUppdraget", 1), page("slutet av tabellen", 0.2), page("2\tTillväxtverkets ", 1));
    expect(breaksAfterSparsePages(pages, chapters)).toEqual(new Set([9]));
  });

  it("keeps it after a page filled a quarter or more", () => {
    const pages = layout(page("Titel", 0.5), page("1\tUppdraget", 1), page("slutet av tabellen", 0.3), page("2\tTillväxtverkets ", 1));
    expect(breaksAfterSparsePages(pages, chapters)).toEqual(new Set());
  });

  it("never joins the first chapter to the title page, however short it is", () => {
    const pages = layout(page("Sammanfattning", 0.1), page("1\tUppdraget", 1));
    expect(breaksAfterSparsePages(pages, [{ index: 3, text: "Uppdraget" }])).toEqual(new Set());
  });

  it("matches a chapter only where its heading starts a page, not text that happens to begin alike", () => {
    const pages = layout(page("Titel", 0.5), page("Innehåll", 0.1), page("Uppdrag att samordna", 1), page("1\tUppdraget", 1));
    expect(breaksAfterSparsePages(pages, [{ index: 3, text: "Uppdraget" }])).toEqual(new Set());
  });
});
