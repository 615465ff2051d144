import type { Problem } from "../validation/problem.ts";
import type { BlockStage, CentralStage } from "../validation/validate-source.ts";
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
  /** The central workbook read and typed (what `readCentralStage` makes of `readCentral`'s outcome), by a source that types where it parses, as below. */
  readCentralStage?(): Promise<CentralStage>;
  /** A block workbook by the reference in column Arbetsbok (file name, spreadsheet id or URL). */
  readBlock(ref: string): Promise<WorkbookOutcome>;
  /**
   * The same workbook read and typed as block `blockId`'s (what `readBlockStage` makes of `readBlock`'s outcome),
   * by a source that can type it where it parses it: the .xlsx folder does, in its parse workers, so the raw cells
   * never reach the main thread.
   */
  readBlockStage?(ref: string, blockId: string): Promise<BlockStage>;
  /** Warnings about workbooks that are there but that no block refers to. */
  unreferenced(refs: readonly string[]): Promise<readonly Problem[]>;
  close(): Promise<void>;
}
