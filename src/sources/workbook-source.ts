import type { Problem } from "../validation/problem.ts";
import type { RawWorkbook } from "./raw-workbook.ts";

/** What reading one workbook gave: the raw workbook, or why it could not be read. */
export type WorkbookOutcome =
  | { readonly ok: true; readonly workbook: RawWorkbook }
  | { readonly ok: false; readonly name: string; readonly location: string; readonly problems: readonly Problem[] };

/**
 * Where the workbooks live: a folder of .xlsx files or Google Sheets. The
 * central workbook names the block workbooks (column Arbetsbok); a source only
 * knows how to fetch them.
 */
export interface WorkbookSource {
  /** For messages: the folder, or the spreadsheet. */
  readonly description: string;
  readCentral(): Promise<WorkbookOutcome>;
  /** A block workbook by the reference in column Arbetsbok (file name, spreadsheet id or URL). */
  readBlock(ref: string): Promise<WorkbookOutcome>;
  /** Warnings about workbooks that are there but that no block refers to. */
  unreferenced(refs: readonly string[]): Promise<readonly Problem[]>;
  close(): Promise<void>;
}
