/**
 * Reads the seed (Delrapport 1 as Markdown converted from the agency's PDF)
 * into what the fidelity check compares: headings, body paragraphs and
 * footnotes, with the PDF's artefacts undone.
 *
 * Artefacts handled: `<sup>N</sup>` footnote marks, `**`/`<b>` emphasis,
 * Markdown links (`[text](url)`, `<url>`), escaped brackets, `---` rules and
 * footnote blocks at page breaks, paragraphs split by a page break (the rest
 * starts with a lower-case letter, even when it was converted into a heading),
 * and the table of contents' dotted lines.
 */
import { readFileSync } from "node:fs";

export const SEED_PATH = "/work/shared/seeds/delrapport-1-2024-09-18.md";

export interface Seed {
  readonly headings: readonly string[];
  /** Body paragraphs and list items, outside the table of contents. */
  readonly paragraphs: readonly string[];
  /** Footnote texts by number (1-based, index 0 is footnote 1). */
  readonly footnotes: readonly string[];
  /** List items set wholly in bold, with the numbered chapter they are in (e.g. `2`): the recommendations' titles. */
  readonly boldItems: readonly { readonly chapter: string; readonly text: string }[];
}

export function readSeed(path = SEED_PATH): Seed {
  return parseSeed(readFileSync(path, "utf8"));
}

export function parseSeed(markdown: string): Seed {
  const footnotes: string[] = [];
  const blocks: Block[] = [];
  let inToc = false;
  let chapter = "";
  for (const raw of markdown.split("\n")) {
    const line = raw.trim();
    if (line === "" || line === "---") continue;
    const footnote = /^<sup>(\d+)<\/sup>\s*(.*)$/.exec(line);
    if (footnote) {
      footnotes[Number(footnote[1]) - 1] = clean(footnote[2] ?? "");
      continue;
    }
    const heading = /^#+\s+(.*)$/.exec(line);
    if (heading) {
      const text = clean(heading[1] ?? "");
      inToc = text === "Innehåll";
      if (startsLowerCase(text)) appendToLast(blocks, text);
      else blocks.push({ kind: "heading", text, bold: false, chapter: (chapter = /^(\d+) /.exec(text)?.[1] ?? chapter) });
      continue;
    }
    if (inToc) continue;
    const text = clean(line.replace(/^- /, ""));
    const last = blocks[blocks.length - 1];
    if (startsLowerCase(text) && last?.kind === "paragraph" && !/[.:!?]$/.test(last.text)) appendToLast(blocks, text);
    else blocks.push({ kind: "paragraph", text, bold: /^- \*\*.*\*\*$/.test(line), chapter });
  }
  return {
    headings: blocks.filter((b) => b.kind === "heading").map((b) => b.text),
    paragraphs: blocks.filter((b) => b.kind === "paragraph").map((b) => b.text),
    footnotes,
    boldItems: blocks.filter((b) => b.kind === "paragraph" && b.bold).map((b) => ({ chapter: b.chapter, text: b.text })),
  };
}

interface Block {
  readonly kind: "heading" | "paragraph";
  text: string;
  readonly bold: boolean;
  readonly chapter: string;
}

/** The sentences of a paragraph: split after . ! ? before an upper-case letter, digit or quote. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9"”])/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Spaces as one space, no-break spaces included. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

function clean(text: string): string {
  return normaliseSpace(
    text
      .replace(/<sup>\d+<\/sup>/g, "")
      .replace(/<\/?b>/g, "")
      .replace(/\*\*/g, "")
      .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, "$1$2")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<(https?:\/\/[^>]+)>/g, "$1")
      .replace(/\\([()[\]])/g, "$1"),
  );
}

function startsLowerCase(text: string): boolean {
  return /^[a-zåäö]/u.test(text);
}

function appendToLast(blocks: Block[], text: string): void {
  const last = blocks[blocks.length - 1];
  if (last) last.text = `${last.text} ${text}`;
}
