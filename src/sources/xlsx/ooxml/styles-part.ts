import { isBuiltInDateFormat, isBuiltInPercentFormat, isDateFormatCode, isPercentFormatCode } from "./date-formats.ts";
import { parseXml } from "./xml-events.ts";
import type { ZipParts } from "./zip-parts.ts";

/** What a cell style's number format makes of a number: a date, a percentage (0,25 shown as 25 %) or just a number. */
export type NumberShown = "date" | "percent" | "number";

/** For each cell style index (the `s` attribute of a cell), how it shows a number. */
export async function readCellStyles(zip: ZipParts, part: string | undefined): Promise<NumberShown[]> {
  if (!part || !zip.has(part)) return [];
  const custom = new Map<number, NumberShown>();
  const styles: NumberShown[] = [];
  let inCellXfs = false;
  await parseXml([await zip.text(part)], {
    open(name, a) {
      if (name === "numFmt") custom.set(Number(a["numFmtId"]), shownByCode(a["formatCode"] ?? ""));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a["numFmtId"] ?? 0);
        styles.push(custom.get(id) ?? shownById(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

function shownByCode(code: string): NumberShown {
  if (isDateFormatCode(code)) return "date";
  return isPercentFormatCode(code) ? "percent" : "number";
}

function shownById(id: number): NumberShown {
  if (isBuiltInDateFormat(id)) return "date";
  return isBuiltInPercentFormat(id) ? "percent" : "number";
}
