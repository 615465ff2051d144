/**
 * Pages left nearly empty by a forced page break: the last rows of a table or
 * the end of the table of contents spilling onto a page of their own, the
 * next chapter starting on the page after. From the page layout docx already
 * computes for the table of contents, find the chapter headings whose break
 * would leave such a page, so they can start on it instead.
 */
import type { BlockLayout, DocumentLayout, PageLayout } from "docx/layout";
import { PAGE } from "./styles.ts";

/** A page filled less than this (of the height between the margins) before a forced break is not worth keeping alone. */
export const SPARSE_PAGE_FILL = 0.25;

const PIXELS_PER_TWIP = 96 / 1440;

export interface BrokenHeading {
  /** Its place among the document's headings. */
  readonly index: number;
  readonly text: string;
}

/** The headings (of those given, each with a page break before it) that follow a page filled less than SPARSE_PAGE_FILL. */
export function breaksAfterSparsePages(layout: DocumentLayout, broken: readonly BrokenHeading[]): Set<number> {
  const dropped = new Set<number>();
  let next = 0;
  layout.pages.forEach((page, p) => {
    const heading = broken[next];
    if (!heading || !startsWith(page, heading.text)) return;
    next++;
    const before = layout.pages[p - 1];
    // The title page is meant to stand alone.
    if (p >= 2 && before && fill(before) < SPARSE_PAGE_FILL) dropped.add(heading.index);
  });
  return dropped;
}

/** Whether the page's first block is the heading: its first line, without the list number, begins the heading's text. */
function startsWith(page: PageLayout, text: string): boolean {
  const first = page.body[0];
  if (first?.type !== "paragraph") return false;
  const line = (first.lines[0]?.text ?? "").replace(/^[\d.]+\t/, "").trim();
  return line !== "" && text.startsWith(line);
}

/** How much of the room between the margins the page's body takes, 0–1. */
function fill(page: PageLayout): number {
  const room = page.height - 2 * PAGE.margin * PIXELS_PER_TWIP;
  const extents = page.body.flatMap(extentOf);
  if (extents.length === 0) return 0;
  const top = Math.min(...extents.map((e) => e.top));
  const bottom = Math.max(...extents.map((e) => e.bottom));
  return (bottom - top) / room;
}

function extentOf(block: BlockLayout): { top: number; bottom: number }[] {
  if (block.type === "paragraph") return block.lines.map((l) => ({ top: l.y, bottom: l.y + l.height }));
  return block.rows.map((r) => ({ top: r.y, bottom: r.y + r.height }));
}
