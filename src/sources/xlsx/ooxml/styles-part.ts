import { isBuiltInDateFormat, isDateFormatCode } from "./date-formats.ts";
import { parseXml } from "./xml-events.ts";
import type { ZipParts } from "./zip-parts.ts";

/** For each cell style index (the `s` attribute of a cell), whether it shows a date. */
export async function readDateStyles(zip: ZipParts, part: string | undefined): Promise<boolean[]> {
  if (!part || !zip.has(part)) return [];
  const customDates = new Map<number, boolean>();
  const dateStyles: boolean[] = [];
  let inCellXfs = false;
  await parseXml([await zip.text(part)], {
    open(name, a) {
      if (name === "numFmt") customDates.set(Number(a["numFmtId"]), isDateFormatCode(a["formatCode"] ?? ""));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a["numFmtId"] ?? 0);
        dateStyles.push(customDates.get(id) ?? isBuiltInDateFormat(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return dateStyles;
}
