import type { RawSheet } from "../../raw-workbook.ts";
import { readModified } from "./core-properties.ts";
import { readSharedStrings } from "./shared-strings.ts";
import { readSheetPart } from "./sheet-part.ts";
import { readCellStyles } from "./styles-part.ts";
import { readWorkbookPart } from "./workbook-part.ts";
import { openZipParts } from "./zip-parts.ts";

export interface OoxmlWorkbook {
  readonly dateSystem: 1900 | 1904;
  readonly sheets: RawSheet[];
  /** When it was last saved, from its core properties (ISO, UTC), if it says. */
  readonly modified?: string;
}

/**
 * Reads an .xlsx (SpreadsheetML) file into raw sheets, streaming each part
 * through a SAX parser: the workbook, shared strings and styles first, then
 * every worksheet in tab order.
 */
export async function readOoxml(bytes: Buffer, maxInflatedBytes: number, maxRows = Number.POSITIVE_INFINITY): Promise<OoxmlWorkbook> {
  const zip = await openZipParts(bytes, maxInflatedBytes);
  try {
    const workbook = await readWorkbookPart(zip);
    const ctx = {
      sharedStrings: await readSharedStrings(zip, workbook.sharedStrings),
      numberStyles: await readCellStyles(zip, workbook.styles),
      date1904: workbook.date1904,
      rowBudget: { left: maxRows, limit: maxRows },
    };
    const sheets: RawSheet[] = [];
    for (const entry of workbook.sheets) {
      if (zip.has(entry.part)) sheets.push(await readSheetPart(zip, entry, ctx));
    }
    const modified = await readModified(zip);
    return { dateSystem: workbook.date1904 ? 1904 : 1900, sheets, ...(modified ? { modified } : {}) };
  } finally {
    zip.close();
  }
}
