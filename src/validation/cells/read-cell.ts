import type { ColumnMeta } from "../../../sheets-schema/index.ts";
import { MAX_CELL_TEXT } from "../../../sheets-schema/index.ts";
import type { CellValue } from "../../sources/raw-workbook.ts";
import type { CodedWithout, ParamsOf, ProblemCode } from "../messages.ts";
import { dateFromCell, dateFromSerial, parseDateText } from "./dates.ts";
import { nearest } from "../../text/nearest.ts";
import { parseNumberText } from "./numbers.ts";
import { hasXmlUnsafe, xmlSafe } from "../../text/xml-safe.ts";

export type CellRead =
  | { readonly status: "empty" }
  /** `asPercent`: the number was shown or typed as a percentage (`25 %`) and is read as the number shown (25). */
  | { readonly status: "ok"; readonly value: unknown; readonly warning?: "text-control-characters"; readonly asPercent?: true }
  | ({ readonly status: "bad" } & CellProblem);

/** A cell's problem without the cell's value and header, which the reader of the sheet adds. */
type CellProblem = CodedWithout<"value" | "header">;
type CellParams<C extends ProblemCode> = C extends ProblemCode
  ? Omit<ParamsOf<C>, "value" | "header"> & Partial<Pick<ParamsOf<C>, "value" & keyof ParamsOf<C>>>
  : never;

export interface CellContext {
  readonly dateSystem: 1900 | 1904;
}

const EMPTY: CellRead = { status: "empty" };
// C0 controls other than tab and line feed, and DEL: never meant, and not allowed in the Word file.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Reads one cell as the column's kind says, exactly: a value that cannot be
 * read without guessing is `bad`, never coerced.
 */
export function readCell(cell: CellValue | undefined, meta: ColumnMeta, ctx: CellContext): CellRead {
  if (cell === undefined) return EMPTY;
  if (cell.kind === "error") return bad("cell-error", { value: cell.code });
  if (cell.kind === "uncalculated") return bad("formula-uncalculated", { value: `=${cell.formula}` });
  if (cell.kind === "text") {
    const cleaned = clean(meta.kind === "url" && cell.hyperlink ? cell.hyperlink : cell.text);
    if (cleaned.text === "") return EMPTY;
    // Excel holds no more in a cell; a longer one (written by another program) is refused whatever the column, ids too.
    if (cleaned.text.length > MAX_CELL_TEXT)
      return bad("text-too-long", { value: String(cleaned.text.length), limit: String(MAX_CELL_TEXT) });
    const read = fromText(cleaned.text, meta);
    return cleaned.changed && read.status === "ok" ? { ...read, warning: "text-control-characters" } : read;
  }
  if (cell.kind === "number") {
    if (cell.percent && meta.kind === "number") return { status: "ok", value: percentShown(cell.value), asPercent: true };
    return fromNumber(cell.value, meta, ctx);
  }
  if (cell.kind === "date") return fromDate(cell.iso, meta);
  return fromBoolean(cell.value, meta);
}

/** The cell as staff would see it, for messages. */
export function displayCell(cell: CellValue | undefined): string {
  if (cell === undefined) return "";
  switch (cell.kind) {
    case "text": {
      const text = xmlSafe(cell.text);
      return text.length > 200 ? `${text.slice(0, 200)}…` : text;
    }
    case "number":
      return cell.percent ? `${String(percentShown(cell.value)).replace(".", ",")} %` : String(cell.value).replace(".", ",");
    case "date":
      return cell.iso.replace("T", " ");
    case "boolean":
      return cell.value ? "SANT" : "FALSKT";
    case "error":
      return cell.code;
    case "uncalculated":
      return `=${cell.formula}`;
  }
}

function fromText(text: string, meta: ColumnMeta): CellRead {
  const value = { value: text.length > 200 ? `${text.slice(0, 200)}…` : text };
  switch (meta.kind) {
    case "text":
    case "markup":
      return text.length > MAX_CELL_TEXT ? bad("text-too-long", { value: String(text.length), limit: String(MAX_CELL_TEXT) }) : ok(text);
    case "id":
    case "ref":
      return /^[^\s;,]+$/.test(text) ? ok(text) : bad("id-invalid", value);
    case "refList": {
      const ids = splitList(text, /[;,\n]/);
      const wrong = ids.find((id) => /\s/.test(id));
      return wrong ? bad("id-invalid", { value: wrong }) : ok(ids);
    }
    case "textList":
      return ok(splitList(text, /[;\n]/));
    case "date": {
      const iso = parseDateText(text);
      return iso ? ok(iso) : bad("date-invalid", value);
    }
    case "number":
    case "integer":
    case "amount":
      return numberFromText(text, meta);
    case "boolean":
      return booleanFromText(text);
    case "enum":
      return enumFromText(text, meta.values ?? []);
    case "email":
      return ok(text.replace(/^mailto:/i, ""));
    case "url":
      return ok(text);
  }
}

function fromNumber(n: number, meta: ColumnMeta, ctx: CellContext): CellRead {
  const shown = { value: String(n).replace(".", ",") };
  switch (meta.kind) {
    case "number":
      return ok(n);
    case "integer":
      return Number.isInteger(n) ? ok(n) : bad("integer-invalid", shown);
    case "amount":
      return n < 0 ? bad("amount-negative", shown) : ok(n);
    case "date": {
      const iso = dateFromSerial(n, ctx.dateSystem);
      return iso ? ok(iso) : bad("date-invalid", shown);
    }
    case "id":
    case "ref":
      return Number.isInteger(n) && n >= 0 ? ok(String(n)) : bad("id-invalid", shown);
    case "refList":
      return Number.isInteger(n) && n >= 0 ? ok([String(n)]) : bad("id-invalid", shown);
    case "text":
    case "markup":
    case "textList": {
      const text = String(n).replace(".", ",");
      return ok(meta.kind === "textList" ? [text] : text);
    }
    case "boolean":
      return bad("boolean-invalid", shown);
    case "enum":
      return bad("enum-invalid", { ...shown, list: meta.values ?? [] });
    case "email":
      return bad("email-invalid", shown);
    case "url":
      return bad("url-invalid", shown);
  }
}

function fromDate(iso: string, meta: ColumnMeta): CellRead {
  const shown = { value: iso.replace("T", " ") };
  switch (meta.kind) {
    case "date": {
      const date = dateFromCell(iso);
      return date ? ok(date) : bad("date-invalid", shown);
    }
    case "id":
    case "ref":
    case "refList":
      return bad("id-is-date", shown);
    case "number":
    case "integer":
    case "amount":
      return bad("number-invalid", shown);
    default:
      return bad("text-is-date", shown);
  }
}

function fromBoolean(b: boolean, meta: ColumnMeta): CellRead {
  if (meta.kind === "boolean") return ok(b);
  return bad(meta.kind === "text" || meta.kind === "markup" ? "text-is-boolean" : invalidCodeFor(meta), {
    value: b ? "SANT" : "FALSKT",
    list: meta.values ?? [],
  });
}

const PERCENT_SIGN = /\s*%$/;

function numberFromText(text: string, meta: ColumnMeta): CellRead {
  if (meta.kind === "number" && PERCENT_SIGN.test(text)) {
    const parsed = parseNumberText(text.replace(PERCENT_SIGN, ""));
    if (parsed.ok) return { status: "ok", value: parsed.value, asPercent: true };
  }
  const parsed = parseNumberText(text, meta.kind === "amount" ? "kr" : undefined);
  if (!parsed.ok) return bad(parsed.ambiguous ? "number-ambiguous" : "number-invalid", { value: text });
  if (meta.kind === "integer" && !Number.isInteger(parsed.value)) return bad("integer-invalid", { value: text });
  if (meta.kind === "amount" && parsed.value < 0) return bad("amount-negative", { value: text });
  return ok(parsed.value);
}

const TRUE_WORDS = new Set(["ja", "sant", "true"]);
const FALSE_WORDS = new Set(["nej", "falskt", "false"]);

function booleanFromText(text: string): CellRead {
  const t = text.toLocaleLowerCase("sv");
  if (TRUE_WORDS.has(t)) return ok(true);
  if (FALSE_WORDS.has(t)) return ok(false);
  return bad("boolean-invalid", { value: text });
}

function enumFromText(text: string, values: readonly string[]): CellRead {
  const match = byNormalisedWord(values).get(normaliseWord(text));
  return match ? ok(match) : bad("enum-invalid", { value: text, list: values, suggestions: nearest(text, values) });
}

const valuesByWord = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

/** A column's allowed values by their normalised word, worked out once per list: the first value wins, as a search would. */
function byNormalisedWord(values: readonly string[]): ReadonlyMap<string, string> {
  let byWord = valuesByWord.get(values);
  if (!byWord) {
    const words = new Map<string, string>();
    for (const value of values) {
      const word = normaliseWord(value);
      if (!words.has(word)) words.set(word, value);
    }
    byWord = words;
    valuesByWord.set(values, byWord);
  }
  return byWord;
}

/** 0.25 → 25, without the binary noise of multiplying (0.07 × 100 = 7.000000000000001). */
function percentShown(stored: number): number {
  return Number((stored * 100).toPrecision(12));
}

function invalidCodeFor(meta: ColumnMeta) {
  switch (meta.kind) {
    case "date":
      return "date-invalid";
    case "enum":
      return "enum-invalid";
    case "email":
      return "email-invalid";
    case "url":
      return "url-invalid";
    case "id":
    case "ref":
    case "refList":
      return "id-invalid";
    default:
      return "number-invalid";
  }
}

function normaliseWord(s: string): string {
  return s.replace(/\s+/g, " ").trim().toLocaleLowerCase("sv");
}

function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const NEEDS_CLEANING = /[\u0000-\u0008\u000b-\u001f\u007f]/;

function clean(raw: string): { text: string; changed: boolean } {
  if (!NEEDS_CLEANING.test(raw) && !hasXmlUnsafe(raw)) return { text: raw.trim(), changed: false };
  const lines = raw.replace(/\r\n?/g, "\n");
  const withoutControls = xmlSafe(lines.replace(CONTROL, ""));
  return { text: withoutControls.trim(), changed: withoutControls.length !== lines.length };
}

function ok(value: unknown): CellRead {
  return { status: "ok", value };
}

function bad<C extends ProblemCode>(code: C, params?: CellParams<C>): CellRead {
  // The signature checks the values against the code; the union of every code's pair cannot follow a generic code.
  return (params ? { status: "bad", code, params } : { status: "bad", code }) as CellRead;
}
