import { z } from "zod";
import { isRequired, metaOf, type ColumnMeta } from "./column.ts";

export interface SheetSpec<S extends z.ZodRawShape = z.ZodRawShape> {
  /** The sheet (tab) name, exactly. */
  readonly name: string;
  /** What one row of the sheet stands for, in Swedish. */
  readonly help: string;
  readonly row: z.ZodObject<S>;
  /** The column whose values must be unique in the sheet (and across workbooks for ids). */
  readonly key?: keyof S & string;
  /** `one`: exactly one data row (e.g. Uppdrag). */
  readonly rows: "one" | "many";
}

/** Any sheet, whatever its columns: what generic code (reader, validator, templates, docs) works on. */
export interface AnySheet {
  readonly name: string;
  readonly help: string;
  readonly row: z.ZodObject;
  readonly key?: string;
  readonly rows: "one" | "many";
}

export function defineSheet<S extends z.ZodRawShape>(spec: SheetSpec<S>): SheetSpec<S> {
  return spec;
}

export interface ColumnSpec {
  /** The property name in the typed row. */
  readonly field: string;
  readonly meta: ColumnMeta;
  readonly required: boolean;
  readonly schema: z.ZodType;
}

/** The columns of a sheet in their order in the workbook. */
export function columnsOf(sheet: AnySheet): readonly ColumnSpec[] {
  return Object.entries(sheet.row.shape).map(([field, schema]) => {
    const s = schema as z.ZodType;
    return { field, meta: metaOf(s), required: isRequired(s), schema: s };
  });
}

export type RowOf<T extends { readonly row: z.ZodType }> = z.infer<T["row"]>;
