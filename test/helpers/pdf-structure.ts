/**
 * Reads a tagged PDF back as an assistive technology would: the structure
 * tree's elements in reading order with their text (poppler's
 * `pdfinfo -struct-text`), and what poppler does not print (/Alt of figures,
 * the catalog's /Lang, the bookmarks, the viewer preferences) with pdf-lib.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from "pdf-lib";

const run = promisify(execFile);

export interface StructElement {
  readonly type: string;
  readonly depth: number;
  /** The text directly inside it, its lines joined by a space. */
  readonly text: string;
}

export interface Bookmark {
  readonly title: string;
  readonly level: number;
}

export interface PdfStructure {
  readonly elements: readonly StructElement[];
  /** /Alt of every Figure element in reading order ("" when it has none). */
  readonly figureAlts: readonly string[];
  readonly lang: string | undefined;
  readonly title: string | undefined;
  readonly displayDocTitle: boolean;
  readonly bookmarks: readonly Bookmark[];
  /** Each page's text (pdftotext). */
  readonly pages: readonly string[];
}

export async function readPdfStructure(path: string): Promise<PdfStructure> {
  const struct = (await run("pdfinfo", ["-struct-text", path], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  const text = (await run("pdftotext", ["-layout", path, "-"], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  const doc = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  const lookup = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const prefs = doc.catalog.lookupMaybe(PDFName.of("ViewerPreferences"), PDFDict);
  return {
    elements: parseStructText(struct),
    figureAlts: figureAlts(doc.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict), lookup),
    lang: textOf(lookup(doc.catalog.get(PDFName.of("Lang")))),
    title: doc.getTitle(),
    displayDocTitle: lookup(prefs?.get(PDFName.of("DisplayDocTitle"))) === PDFBool.True,
    bookmarks: bookmarks(doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict), lookup),
    pages: text.split("\f").slice(0, doc.getPageCount()),
  };
}

function parseStructText(output: string): StructElement[] {
  const elements: { type: string; depth: number; lines: string[] }[] = [];
  for (const line of output.split("\n")) {
    const element = /^(\s*)([A-Za-z][\w]*)(?: \((?:block|inline)\))?:?$/.exec(line);
    if (element && element[2] !== "Document") {
      elements.push({ type: element[2] ?? "", depth: (element[1] ?? "").length, lines: [] });
      continue;
    }
    const quoted = /^\s*"(.*)"\s*$/.exec(line);
    if (quoted) elements.at(-1)?.lines.push(quoted[1] ?? "");
  }
  return elements.map((e) => ({ type: e.type, depth: e.depth, text: e.lines.join(" ").replace(/\s+/g, " ").trim() }));
}

function figureAlts(root: PDFDict | undefined, lookup: (o: PDFObject | undefined) => PDFObject | undefined): string[] {
  const alts: string[] = [];
  const seen = new Set<PDFObject>();
  const visit = (object: PDFObject | undefined): void => {
    const resolved = lookup(object);
    if (resolved instanceof PDFArray) {
      for (let i = 0; i < resolved.size(); i++) visit(resolved.get(i));
      return;
    }
    if (!(resolved instanceof PDFDict) || seen.has(resolved)) return;
    seen.add(resolved);
    if (resolved.get(PDFName.of("S")) === PDFName.of("Figure")) alts.push(textOf(lookup(resolved.get(PDFName.of("Alt")))) ?? "");
    visit(resolved.get(PDFName.of("K")));
  };
  if (root) visit(root.get(PDFName.of("K")));
  return alts;
}

function bookmarks(outlines: PDFDict | undefined, lookup: (o: PDFObject | undefined) => PDFObject | undefined): Bookmark[] {
  const found: Bookmark[] = [];
  const walk = (first: PDFObject | undefined, level: number) => {
    let item = lookup(first);
    while (item instanceof PDFDict) {
      found.push({ title: textOf(lookup(item.get(PDFName.of("Title")))) ?? "", level });
      walk(item.get(PDFName.of("First")), level + 1);
      item = lookup(item.get(PDFName.of("Next")));
    }
  };
  if (outlines) walk(outlines.get(PDFName.of("First")), 1);
  return found;
}

function textOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}
