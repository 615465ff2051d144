import type { ColumnMeta } from "../../../sheets-schema/index.ts";

export type WritableCell = string | number | boolean | Date | null;

/**
 * A typed value as lägesbild writes it into a cell: dates as real date cells,
 * lists joined with "; ", yes/no as ja/nej. Anything else is written as it is,
 * so tests can write deliberately odd cells.
 */
export function cellForWriting(value: unknown, meta: ColumnMeta): WritableCell {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join("; ");
  if (meta.kind === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T00:00:00Z`);
  }
  if (meta.kind === "boolean" && typeof value === "boolean") return value ? "ja" : "nej";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  return String(value);
}
