import type { CellValue, RawRow, RawSheet } from "../../raw-workbook.ts";
import { decodeOoxmlEscapes } from "./escapes.ts";
import type { NumberShown } from "./styles-part.ts";
import { isoFromSerial } from "./serial-date.ts";
import { relationships } from "./workbook-part.ts";
import { parseXml } from "./xml-events.ts";
import type { ZipParts } from "./zip-parts.ts";

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly numberStyles: readonly NumberShown[];
  readonly date1904: boolean;
  /** Rows with a value still allowed in the workbook; shared by its sheets. */
  readonly rowBudget: { left: number; readonly limit: number };
}

/** The workbook has more rows with values than lägesbild reads; reading stops at once. */
export class RowLimitError extends Error {
  override readonly name = "RowLimitError";
}

interface PendingCell {
  column: number;
  style: number;
  type: string;
  formula: string | undefined;
  value: string | undefined;
  inline: string | undefined;
}

/**
 * Streams one worksheet part into raw rows. Only cells with a value are kept,
 * so a sheet with a million formatted but empty rows costs time, not memory;
 * merges are kept as their A1 ranges, never expanded.
 */
export async function readSheetPart(
  zip: ZipParts,
  entry: { name: string; hidden: boolean; part: string },
  ctx: SheetContext,
): Promise<RawSheet> {
  const rows: RawRow[] = [];
  const merges: string[] = [];
  const links: { ref: string; rid?: string; location?: string }[] = [];
  let rowNumber = 0;
  let cells: (CellValue | undefined)[] = [];
  let any = false;
  let column = -1;
  let cell: PendingCell | undefined;
  let collecting: "f" | "v" | "t" | undefined;
  let phonetic = 0;

  await parseXml(zip.chunks(entry.part), {
    open(name, a) {
      switch (name) {
        case "row":
          rowNumber = a["r"] ? Number(a["r"]) : rowNumber + 1;
          cells = [];
          any = false;
          column = -1;
          break;
        case "c":
          column = a["r"] ? columnIndex(a["r"]) : column + 1;
          cell = { column, style: Number(a["s"] ?? 0), type: a["t"] ?? "n", formula: undefined, value: undefined, inline: undefined };
          break;
        case "f":
          if (cell) {
            cell.formula ??= "";
            collecting = "f";
          }
          break;
        case "v":
          if (cell) {
            cell.value = "";
            collecting = "v";
          }
          break;
        case "rPh":
          phonetic += 1;
          break;
        case "t":
          if (cell && phonetic === 0) {
            cell.inline ??= "";
            collecting = "t";
          }
          break;
        case "mergeCell":
          if (a["ref"]) merges.push(a["ref"]);
          break;
        case "hyperlink":
          if (a["ref"])
            links.push({ ref: a["ref"], ...(a["r:id"] ? { rid: a["r:id"] } : {}), ...(a["location"] ? { location: a["location"] } : {}) });
          break;
      }
    },
    text(text) {
      if (!cell || !collecting) return;
      if (collecting === "f") cell.formula += text;
      else if (collecting === "v") cell.value += text;
      else cell.inline += text;
    },
    close(name) {
      if (name === "f" || name === "v" || name === "t") collecting = undefined;
      else if (name === "rPh") phonetic -= 1;
      else if (name === "c" && cell) {
        const value = cellValue(cell, ctx);
        if (value) {
          cells[cell.column] = value;
          any = true;
        }
        cell = undefined;
      } else if (name === "row" && any) {
        if (--ctx.rowBudget.left < 0) throw new RowLimitError(`more than ${ctx.rowBudget.limit} rows`);
        rows.push({ number: rowNumber, cells });
      }
    },
  });
  if (links.length > 0) await attachHyperlinks(zip, entry.part, rows, links);
  return { name: entry.name, hidden: entry.hidden, rows, merges };
}

function cellValue(c: PendingCell, ctx: SheetContext): CellValue | undefined {
  const hasValue = c.value !== undefined && c.value !== "";
  if (c.formula !== undefined && !hasValue && c.type !== "inlineStr") {
    return c.type === "str" && c.value === "" ? undefined : { kind: "uncalculated", formula: c.formula };
  }
  switch (c.type) {
    case "s": {
      const text = ctx.sharedStrings[Number(c.value)];
      return text ? { kind: "text", text } : undefined;
    }
    case "inlineStr":
      return c.inline ? { kind: "text", text: decodeOoxmlEscapes(c.inline) } : undefined;
    case "str":
      return hasValue ? { kind: "text", text: decodeOoxmlEscapes(c.value ?? ""), ...linkOfFormula(c.formula) } : undefined;
    case "b":
      return hasValue ? { kind: "boolean", value: c.value === "1" || c.value === "true" } : undefined;
    case "e":
      return { kind: "error", code: c.value ?? "#N/A" };
    case "d":
      return hasValue
        ? {
            kind: "date",
            iso: (c.value ?? "")
              .replace(/Z$/, "")
              .replace(/T00:00:00(\.0+)?$/, "")
              .slice(0, 19),
          }
        : undefined;
    default: {
      if (!hasValue) return undefined;
      const n = Number(c.value);
      if (!Number.isFinite(n)) return { kind: "error", code: "#NUM!" };
      const shown = ctx.numberStyles[c.style];
      if (shown === "date") {
        const iso = isoFromSerial(n, ctx.date1904);
        if (iso) return { kind: "date", iso };
      }
      return shown === "percent" ? { kind: "number", value: n, percent: true } : { kind: "number", value: n };
    }
  }
}

// Google Sheets exports a link cell as =HYPERLINK("url","text"); Excel and LibreOffice users write it too.
const HYPERLINK_FORMULA = /^\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/i;

/** The target of a HYPERLINK formula whose address is a literal, as the link of its text result. */
function linkOfFormula(formula: string | undefined): { hyperlink?: string } {
  const match = formula === undefined ? null : HYPERLINK_FORMULA.exec(formula);
  return match?.[1] ? { hyperlink: match[1].replace(/""/g, '"') } : {};
}

async function attachHyperlinks(
  zip: ZipParts,
  part: string,
  rows: RawRow[],
  links: readonly { ref: string; rid?: string; location?: string }[],
): Promise<void> {
  const rels = await relationships(zip, part);
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  for (const link of links) {
    const target = link.rid ? rels.get(link.rid)?.target : link.location ? `#${link.location}` : undefined;
    if (!target) continue;
    const [from, to = from] = link.ref.split(":");
    const start = cellRef(from ?? "");
    const end = cellRef(to ?? from ?? "");
    for (let r = start.row; r <= end.row && r - start.row < 10_000; r++) {
      const row = byNumber.get(r);
      if (!row) continue;
      const cells = row.cells as (CellValue | undefined)[];
      for (let col = start.col; col <= end.col && col - start.col < 1_000; col++) {
        const cell = cells[col];
        if (cell?.kind === "text") cells[col] = { ...cell, hyperlink: target };
      }
    }
  }
}

/** `B7` → column index 1. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

function cellRef(ref: string): { row: number; col: number } {
  return { col: columnIndex(ref.toUpperCase()), row: Number(/\d+/.exec(ref)?.[0] ?? 0) };
}
