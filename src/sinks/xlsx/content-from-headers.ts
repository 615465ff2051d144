import { columnsOf, workbookLayouts, type WorkbookKind } from "../../../sheets-schema/index.ts";
import { normaliseHeader } from "../../validation/read-sheet.ts";
import type { WorkbookContent } from "./build-workbook.ts";

/**
 * Rows written the way staff see them (sheet name → rows keyed by Swedish
 * header) as workbook content keyed by field. Unknown sheets and headers are
 * errors: this is for lägesbild's own example and test data.
 */
export function contentFromHeaders(kind: WorkbookKind, sheets: Readonly<Record<string, unknown>>): WorkbookContent {
  const layout = workbookLayouts[kind];
  const content: Record<string, Record<string, unknown>[]> = {};
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const entry = Object.entries(layout).find(([, spec]) => normaliseHeader(spec.name) === normaliseHeader(sheetName));
    if (!entry) throw new Error(`unknown sheet "${sheetName}" for a ${kind} workbook`);
    const [key, spec] = entry;
    const fields = new Map(columnsOf(spec).map((c) => [normaliseHeader(c.meta.header), c.field]));
    content[key] = ((rows ?? []) as Record<string, unknown>[]).map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([header, value]) => {
          const field = fields.get(normaliseHeader(header));
          if (!field) throw new Error(`unknown column "${header}" on sheet "${sheetName}"`);
          return [field, value];
        }),
      ),
    );
  }
  return content;
}
