/**
 * LibreOffice tags a chart from a .docx as a Figure but drops its alt text on
 * import (7.4 and earlier), so a screen reader meets an empty figure. The
 * renderer knows each figure's alt text in document order; this writes it as
 * /Alt on the PDF's Figure elements, in the order of the structure tree,
 * where LibreOffice left none.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from "pdf-lib";

export interface FigureText {
  /** Short name, e.g. `Framsteg mot målvärdet per indikator`. */
  readonly title: string;
  /** Everything the figure shows, in words. */
  readonly description: string;
  /** A figure drawn as several shapes: each shape's alt text, in drawing order (LibreOffice tags each shape as a Figure). */
  readonly parts?: readonly string[];
}

export interface AltTextResult {
  readonly pdf: Uint8Array;
  /** Figures the PDF has. */
  readonly figures: number;
  /** Figures that were given their alt text here (a multi-shape figure's first shape is given the whole figure's). */
  readonly added: number;
  /** Figures still without alt text (the counts did not match, so none was guessed). */
  readonly withoutAlt: number;
}

/** Gives every Figure element without /Alt the alt text of the document's figure at the same place. */
export async function addFigureAltTexts(pdf: Uint8Array, texts: readonly FigureText[]): Promise<AltTextResult> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const root = doc.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  const figures = root ? figureElements(doc, root) : [];
  const lacking = figures.filter((f) => !hasAlt(f));
  const alts = texts.flatMap(altsOf);
  const firstParts = new Set(firstPartIndexes(texts));
  // Only when the figures match one to one: a wrong alt text is worse than none.
  const matched = figures.length === alts.length;
  let added = 0;
  if (matched) {
    figures.forEach((figure, i) => {
      const alt = alts[i];
      // A shape keeps its own alt text; the first shape of a figure also says what the whole figure shows.
      if ((hasAlt(figure) && !firstParts.has(i)) || alt === undefined) return;
      figure.set(PDFName.of("Alt"), PDFHexString.fromText(alt));
      added++;
    });
  }
  const withoutAlt = figures.filter((f) => !hasAlt(f)).length;
  if (added === 0) return { pdf, figures: figures.length, added, withoutAlt: lacking.length };
  const saved = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  return { pdf: saved, figures: figures.length, added, withoutAlt };
}

/** The alt text of each Figure element a document figure becomes: the whole, or the first shape saying the whole. */
function altsOf(text: FigureText): string[] {
  const whole = `${text.title}. ${text.description}`;
  if (!text.parts || text.parts.length === 0) return [whole];
  return text.parts.map((part, i) => (i === 0 ? `${whole} ${part}` : part));
}

/** Where in the expanded list each multi-shape figure starts. */
function firstPartIndexes(texts: readonly FigureText[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    if (text.parts && text.parts.length > 0) starts.push(at);
    at += text.parts && text.parts.length > 0 ? text.parts.length : 1;
  }
  return starts;
}

/** The Figure structure elements, depth first: the reading order. */
function figureElements(doc: PDFDocument, root: PDFDict): PDFDict[] {
  const found: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const visit = (object: PDFObject | undefined): void => {
    const resolved = object instanceof PDFRef ? doc.context.lookup(object) : object;
    if (resolved instanceof PDFArray) {
      for (let i = 0; i < resolved.size(); i++) visit(resolved.get(i));
      return;
    }
    if (!(resolved instanceof PDFDict) || seen.has(resolved)) return;
    seen.add(resolved);
    if (resolved.get(PDFName.of("S")) === PDFName.of("Figure")) found.push(resolved);
    visit(resolved.get(PDFName.of("K")));
  };
  visit(root.get(PDFName.of("K")));
  return found;
}

function hasAlt(element: PDFDict): boolean {
  const alt = element.get(PDFName.of("Alt"));
  if (alt instanceof PDFHexString || alt instanceof PDFString) return alt.decodeText().trim() !== "";
  return false;
}
