import {
  columnsOf,
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  workbookLayouts,
  type ColumnMeta,
  type WorkbookKind,
} from "../../../sheets-schema/index.ts";
import { normaliseHeader } from "../../../src/validation/read-sheet.ts";
import type { FakeSheet, FakeSpreadsheet, FakeValue } from "./spreadsheets.ts";

/** Rows keyed by Swedish header, per sheet name: the format of examples/delrapport-1/source/*.yaml. */
export type SheetsByHeader = Readonly<Record<string, readonly Readonly<Record<string, unknown>>[] | null>>;

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A fake Google spreadsheet with the same content lägesbild's own workbook
 * writer would put in an .xlsx (every layout sheet, all schema columns, the
 * Instruktioner sheet, and a hidden Listor sheet in block workbooks), but as
 * Sheets stores it: dates as serial numbers, ja/nej as booleans (checkboxes), lists as
 * "; "-joined text. Unknown sheets and headers are errors.
 */
export function spreadsheetFromYaml(kind: WorkbookKind, content: SheetsByHeader, where: { id: string; title: string }): FakeSpreadsheet {
  const layout = workbookLayouts[kind];
  const remaining = new Map(Object.entries(content).map(([name, rows]) => [normaliseHeader(name), { name, rows: rows ?? [] }]));
  const sheets: FakeSheet[] = [{ title: INSTRUCTIONS_SHEET, values: [["Instruktioner för arbetsboken"], ["Fyll i en rad per uppgift."]] }];
  for (const spec of Object.values(layout)) {
    const columns = columnsOf(spec);
    const given = remaining.get(normaliseHeader(spec.name));
    remaining.delete(normaliseHeader(spec.name));
    const byHeader = new Map(columns.map((c) => [normaliseHeader(c.meta.header), c]));
    const rows = (given?.rows ?? []).map((row) => {
      const cells: FakeValue[] = columns.map(() => null);
      for (const [header, value] of Object.entries(row)) {
        const c = byHeader.get(normaliseHeader(header));
        if (!c) throw new Error(`unknown column "${header}" on sheet "${spec.name}"`);
        cells[columns.indexOf(c)] = sheetsValue(value, c.meta);
      }
      return cells;
    });
    sheets.push({ title: spec.name, values: [columns.map((c) => c.meta.header), ...rows] });
  }
  if (remaining.size > 0)
    throw new Error(`unknown sheets for a ${kind} workbook: ${[...remaining.values()].map((r) => r.name).join(", ")}`);
  if (kind === "block")
    sheets.push({
      title: LISTS_SHEET,
      hidden: true,
      values: [
        ["Mål", "Indikatorer"],
        ["M1", "I1"],
      ],
    });
  return { id: where.id, title: where.title, sheets };
}

/** A typed value as a Sheets cell holds it with UNFORMATTED_VALUE and SERIAL_NUMBER. */
export function sheetsValue(value: unknown, meta: ColumnMeta): FakeValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join("; ");
  if (value instanceof Date) return serialOf(value);
  if (meta.kind === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return serialOf(new Date(`${value}T00:00:00Z`));
  // A checkbox: what Sheets stores for ja/nej.
  if (meta.kind === "boolean" && (value === "ja" || value === "nej")) return value === "ja";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Days since 1899-12-30 (UTC), as Sheets counts them. */
export function serialOf(date: Date): number {
  return (date.getTime() - SERIAL_EPOCH) / DAY_MS;
}
