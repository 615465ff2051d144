import { z } from "zod";

/** How a cell's content is read before zod checks the value. */
export type CellKind =
  | "text"
  | "markup"
  | "id"
  | "ref"
  | "refList"
  | "textList"
  | "date"
  | "number"
  | "integer"
  | "amount"
  | "boolean"
  | "enum"
  | "email"
  | "url";

/** What another sheet's ids an id-reference column points at. */
export type RefTarget = "goal" | "indicator" | "source" | "block" | "report" | "recommendation";

export interface ColumnMeta {
  /** The Swedish column header, exactly as it stands in row 1. */
  readonly header: string;
  /** One or two Swedish sentences for the Instruktioner sheet and the layout docs. */
  readonly help: string;
  readonly kind: CellKind;
  readonly example?: string;
  readonly values?: readonly string[];
  readonly refersTo?: RefTarget;
  /** Column width in characters in the blank workbooks. */
  readonly width: number;
}

export const columnMeta = z.registry<ColumnMeta>();

interface Describe {
  readonly header: string;
  readonly help: string;
  readonly example?: string;
  readonly width?: number;
}

const defaultWidth: Record<CellKind, number> = {
  text: 30,
  markup: 60,
  id: 14,
  ref: 14,
  refList: 18,
  textList: 30,
  date: 12,
  number: 12,
  integer: 10,
  amount: 14,
  boolean: 10,
  enum: 18,
  email: 28,
  url: 40,
};

function tag<S extends z.ZodType>(schema: S, kind: CellKind, d: Describe, extra: Partial<ColumnMeta> = {}): S {
  columnMeta.add(schema, { kind, width: d.width ?? defaultWidth[kind], ...d, ...extra });
  return schema;
}

/** Longest text a cell may hold in Excel. */
export const MAX_CELL_TEXT = 32_767;

// Factories, not shared instances: the registry keys metadata by schema object.
const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const idText = () => z.string().regex(/^[^\s;,]+$/);

/** Column builders: each returns a zod schema with its sheet metadata attached. */
export const column = {
  text: (d: Describe) => tag(z.string().min(1).max(MAX_CELL_TEXT), "text", d),
  markup: (d: Describe) => tag(z.string().min(1).max(MAX_CELL_TEXT), "markup", d),
  id: (d: Describe) => tag(idText(), "id", d),
  ref: (target: RefTarget, d: Describe) => tag(idText(), "ref", d, { refersTo: target }),
  refList: (target: RefTarget, d: Describe) => tag(z.array(idText()), "refList", d, { refersTo: target }),
  textList: (d: Describe) => tag(z.array(z.string().min(1)), "textList", d),
  date: (d: Describe) => tag(isoDate(), "date", d),
  number: (d: Describe) => tag(z.number(), "number", d),
  integer: (d: Describe) => tag(z.number().int(), "integer", d),
  amount: (d: Describe) => tag(z.number().nonnegative(), "amount", d),
  boolean: (d: Describe) => tag(z.boolean(), "boolean", d),
  email: (d: Describe) => tag(z.email(), "email", d),
  url: (d: Describe) => tag(z.url({ protocol: /^(https?|mailto)$/ }), "url", d),
  enumeration: <const T extends readonly [string, ...string[]]>(values: T, d: Describe) => tag(z.enum(values), "enum", d, { values }),
};

/** The metadata of a column schema, looking through `.optional()`. */
export function metaOf(schema: z.ZodType): ColumnMeta {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  const meta = columnMeta.get(inner);
  if (!meta) throw new Error("column schema without metadata");
  return meta;
}

export function isRequired(schema: z.ZodType): boolean {
  return !(schema instanceof z.ZodOptional);
}
