/**
 * The floor's document: the report's own paragraphs and tables (their text and
 * styles, in order, read back from the report's document.xml), written again by
 * docx with no logic in between. Headings keep their styles, so with a table of
 * contents the floor lays out the same headings the report does.
 */
import { Document, Paragraph, Table, TableCell, TableOfContents, TableRow, WidthType, type FileChild } from "docx";
import { estimatePageNumbers } from "docx/layout";
import { SaxesParser } from "saxes";
import { reportNumbering, reportStyles, TEXT_WIDTH } from "../src/report/styles.ts";

export type FloorBlock =
  | { readonly kind: "paragraph"; readonly style?: string; readonly text: string }
  | { readonly kind: "table"; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: "toc" };

/** The body's blocks of a document.xml, in order: paragraphs, tables (the text of each cell) and the table of contents. */
export function floorBlocks(documentXml: string): FloorBlock[] {
  const blocks: FloorBlock[] = [];
  const parser = new SaxesParser();
  const open: string[] = [];
  let paragraph: { style?: string; text: string } | undefined;
  let table: string[][] | undefined;
  let inToc = false;
  let inText = false;
  parser.on("opentag", (tag) => {
    const parent = open[open.length - 1];
    open.push(tag.name);
    if (tag.name === "w:sdt" && parent === "w:body") {
      inToc = true;
      blocks.push({ kind: "toc" });
    } else if (inToc) {
      return;
    } else if (tag.name === "w:tbl" && parent === "w:body") {
      table = [];
    } else if (tag.name === "w:tr" && table) {
      table.push([]);
    } else if (tag.name === "w:tc" && table) {
      table[table.length - 1]?.push("");
    } else if (tag.name === "w:p" && parent === "w:body") {
      paragraph = { text: "" };
    } else if (tag.name === "w:pStyle" && paragraph && open[open.length - 2] === "w:pPr") {
      paragraph.style = String(tag.attributes["w:val"] ?? "");
    } else if (tag.name === "w:t") {
      inText = true;
    }
  });
  parser.on("text", (text) => {
    if (!inText || inToc) return;
    if (paragraph) paragraph.text += text;
    else if (table) {
      const row = table[table.length - 1];
      if (row) row[row.length - 1] += text;
    }
  });
  parser.on("closetag", (tag) => {
    open.pop();
    const parent = open[open.length - 1];
    if (tag.name === "w:t") inText = false;
    if (tag.name === "w:sdt" && parent === "w:body") inToc = false;
    if (tag.name === "w:p" && parent === "w:body" && paragraph) {
      blocks.push({ kind: "paragraph", ...(paragraph.style ? { style: paragraph.style } : {}), text: paragraph.text });
      paragraph = undefined;
    }
    if (tag.name === "w:tbl" && parent === "w:body" && table) {
      blocks.push({ kind: "table", rows: table });
      table = undefined;
    }
  });
  parser.write(documentXml).close();
  return blocks;
}

/** The floor's document for blocks, with the TOC's page numbers laid out or not. */
export function floorDocument(blocks: readonly FloorBlock[], tocPageNumbers: boolean): Document {
  const children: FileChild[] = blocks.map((block) => {
    if (block.kind === "toc") return new TableOfContents("Innehåll", { hyperlink: true, headingStyleRange: "1-3" });
    if (block.kind === "paragraph") return new Paragraph({ text: block.text, ...(block.style ? { style: block.style } : {}) });
    const columns = Math.max(1, ...block.rows.map((r) => r.length));
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => Math.floor(TEXT_WIDTH / columns)),
      rows: block.rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })),
    });
  });
  return new Document({
    styles: reportStyles("sv-SE"),
    numbering: reportNumbering(),
    ...(tocPageNumbers ? { pageNumbers: estimatePageNumbers } : {}),
    sections: [{ children }],
  });
}
