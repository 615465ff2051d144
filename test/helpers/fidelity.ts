/**
 * The fidelity check: how much of the seed the generated .docx says, read
 * back from the file itself (document.xml and footnotes.xml).
 */
import { docxParts, footnotesOf, headingNumbers, paragraphsOf, styleNumberingOf } from "./docx-text.ts";
import { normaliseSpace, sentencesOf, type Seed } from "./seed.ts";

export interface Fidelity {
  /** Seed headings not found in the document after the one before them. */
  readonly headingsOutOfOrder: readonly string[];
  readonly headingCount: number;
  /** Chapter 2's bold titles not found as a bold paragraph. */
  readonly titlesMissing: readonly string[];
  readonly titleCount: number;
  readonly footnoteCount: { readonly seed: number; readonly docx: number };
  /** Footnotes whose text differs (after the documented normalisation). */
  readonly footnoteDifferences: readonly { readonly number: number; readonly seed: string; readonly docx: string }[];
  readonly decisionMissing: readonly string[];
  readonly sentences: { readonly total: number; readonly found: number; readonly share: number; readonly missing: readonly string[] };
}

/** The document's body as lines: numbered headings with their numbers, the table of contents' entries left out. */
export async function documentLines(docx: Buffer): Promise<{ lines: string[]; bold: Set<string>; footnotes: string[] }> {
  const parts = await docxParts(docx);
  const body = paragraphsOf(parts.get("word/document.xml") ?? "").filter((p) => !/^TOC\d$/.test(p.style ?? ""));
  const numbers = headingNumbers(body, styleNumberingOf(parts.get("word/styles.xml") ?? ""));
  const lines = body.map((p, i) => normaliseSpace(numbers[i] ? `${numbers[i]} ${p.text}` : p.text));
  const bold = new Set(body.filter((p) => /<w:b\/>/.test(p.xml)).map((p) => normaliseSpace(p.text)));
  const footnotes = footnotesOf(parts.get("word/footnotes.xml") ?? "")
    .sort((a, b) => a.id - b.id)
    .map((f) => normaliseSpace(f.text));
  return { lines, bold, footnotes };
}

export async function measureFidelity(docx: Buffer, seed: Seed): Promise<Fidelity> {
  const { lines, bold, footnotes } = await documentLines(docx);
  const text = lines.join("\n");

  let at = -1;
  const headingsOutOfOrder = seed.headings.filter((heading) => {
    const found = lines.findIndex((line, i) => i > at && line === heading);
    if (found === -1) return true;
    at = found;
    return false;
  });

  const titles = seed.boldItems.filter((b) => b.chapter === "2").map((b) => b.text);
  const footnoteDifferences = seed.footnotes.flatMap((expected, i) => {
    const seedText = normaliseFootnote(expected);
    const docxText = footnotes[i] ?? "";
    return seedText === docxText ? [] : [{ number: i + 1, seed: seedText, docx: docxText }];
  });
  const decision = seed.paragraphs.filter((p) => /^(Beslutet att godkänna|Handläggningen har gjorts av)/.test(p));
  const sentences = seed.paragraphs.flatMap(sentencesOf);
  const missing = sentences.filter((s) => !text.includes(s));

  return {
    headingsOutOfOrder,
    headingCount: seed.headings.length,
    titlesMissing: titles.filter((t) => !bold.has(t)),
    titleCount: titles.length,
    footnoteCount: { seed: seed.footnotes.length, docx: footnotes.length },
    footnoteDifferences,
    decisionMissing: decision.filter((d) => !lines.includes(d)),
    sentences: {
      total: sentences.length,
      found: sentences.length - missing.length,
      share: (sentences.length - missing.length) / sentences.length,
      missing,
    },
  };
}

/**
 * The seed's footnotes as the example workbooks record them, on purpose
 * (see examples/delrapport-1/source/energi.yaml): footnote 16 loses a stray
 * "| " left by the PDF conversion, and footnote 17 its trailing link text
 * "länk", whose link target the PDF lost.
 */
export function normaliseFootnote(text: string): string {
  return normaliseSpace(text)
    .replace(/^\| /, "")
    .replace(/ länk$/, "");
}
