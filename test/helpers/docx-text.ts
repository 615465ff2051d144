import yauzl from "yauzl";

/** The parts of a .docx (zip) as text, by their path in the package. */
export async function docxParts(docx: Buffer): Promise<Map<string, string>> {
  const zip = await yauzl.fromBufferPromise(docx, { lazyEntries: true });
  const parts = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on("error", reject);
    zip.on("end", () => resolve());
    zip.on("entry", (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith("/") || !/\.(xml|rels)$/.test(entry.fileName)) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("error", reject);
        stream.on("end", () => {
          parts.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  zip.close();
  return parts;
}

export interface DocxParagraph {
  /** The paragraph style id, e.g. `Heading2`. */
  readonly style?: string;
  /** Its text: `w:t` runs, a tab as `\t`, a line break as `\n`. */
  readonly text: string;
  /** The paragraph's XML, for checks on its markup. */
  readonly xml: string;
  /** Its list, when it is numbered: the numbering instance and level. */
  readonly list?: { readonly numId: string; readonly level: number };
}

/** The paragraphs of a part (document, footnote, header …) in order, with their style and text. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  for (const match of xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = match[1] ?? "";
    const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1];
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(inner)?.[1];
    const numId = numPr && /<w:numId w:val="([^"]+)"/.exec(numPr)?.[1];
    const level = numPr ? Number(/<w:ilvl w:val="(\d+)"/.exec(numPr)?.[1] ?? 0) : 0;
    paragraphs.push({ ...(style ? { style } : {}), text: textOf(inner), xml: match[0], ...(numId ? { list: { numId, level } } : {}) });
  }
  return paragraphs;
}

/** The footnotes of footnotes.xml by their id, separators left out, each as its paragraphs' text. */
export function footnotesOf(xml: string): { readonly id: number; readonly text: string; readonly xml: string }[] {
  return [...xml.matchAll(/<w:footnote\b([^>]*)>([\s\S]*?)<\/w:footnote>/g)]
    .filter((m) => !/w:type=/.test(m[1] ?? ""))
    .map((m) => ({
      id: Number(/w:id="(-?\d+)"/.exec(m[1] ?? "")?.[1]),
      text: paragraphsOf(m[2] ?? "")
        .map((p) => p.text)
        .join("\n"),
      xml: m[2] ?? "",
    }));
}

function textOf(xml: string): string {
  let text = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    if (m[0] === "<w:tab/>") text += "\t";
    else if (m[0] === "<w:br/>") text += "\n";
    else text += decodeXml(m[1] ?? "");
  }
  return text;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/** The list each paragraph style puts its paragraphs in (Heading 1–3 are numbered by their styles), by style id. */
export function styleNumberingOf(stylesXml: string): Map<string, { readonly numId: string; readonly level: number }> {
  const numbering = new Map<string, { numId: string; level: number }>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2] ?? "")?.[1];
    const numId = numPr && /<w:numId w:val="([^"]+)"/.exec(numPr)?.[1];
    if (m[1] && numId) numbering.set(m[1], { numId, level: Number(/<w:ilvl w:val="(\d+)"/.exec(numPr)?.[1] ?? 0) });
  }
  return numbering;
}

/**
 * The number Word shows before each heading (`3.2.1`), counted as Word counts: a heading is in the list its own
 * numbering names, else in its style's; numId 0 takes it out of any list.
 */
export function headingNumbers(
  paragraphs: readonly DocxParagraph[],
  styleNumbering: ReadonlyMap<string, { readonly numId: string; readonly level: number }> = new Map(),
): (string | undefined)[] {
  const counters = new Map<string, number[]>();
  return paragraphs.map((p) => {
    if (!p.style?.startsWith("Heading")) return undefined;
    const list = p.list ?? styleNumbering.get(p.style);
    if (!list || list.numId === "0") return undefined;
    const levels = counters.get(list.numId) ?? [];
    levels.length = list.level + 1;
    for (let i = 0; i < list.level; i++) levels[i] ??= 1;
    levels[list.level] = (levels[list.level] ?? 0) + 1;
    counters.set(list.numId, levels);
    return levels.join(".");
  });
}
