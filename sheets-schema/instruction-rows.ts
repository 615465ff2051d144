import { describeKind } from "./describe-kind.ts";
import { columnsOf, type AnySheet } from "./sheet.ts";

/** The Instruktioner sheet's header. */
export const INSTRUCTION_HEADER = ["Blad", "Kolumn", "Obligatorisk", "Innehåll", "Beskrivning"] as const;
/** Its column widths in characters. */
export const INSTRUCTION_WIDTHS = [18, 24, 12, 34, 90] as const;

export interface InstructionRow {
  readonly cells: readonly [string, string, string, string, string];
  /** A sheet's own line (bold), above its columns. */
  readonly isSheet: boolean;
}

/** One line per sheet and one per column, from the schema: what the Instruktioner sheet says, in .xlsx and Google alike. */
export function instructionRows(layout: Readonly<Record<string, AnySheet>>): InstructionRow[] {
  const rows: InstructionRow[] = [];
  for (const spec of Object.values(layout)) {
    rows.push({ cells: [spec.name, "", "", "", spec.help], isSheet: true });
    for (const c of columnsOf(spec)) {
      rows.push({ cells: [spec.name, c.meta.header, c.required ? "ja" : "nej", describeKind(c.meta), c.meta.help], isSheet: false });
    }
  }
  return rows;
}
