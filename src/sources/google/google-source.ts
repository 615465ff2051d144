import type { drive_v3 } from "@googleapis/drive";
import type { sheets_v4 } from "@googleapis/sheets";
import { workbookLayouts } from "../../../sheets-schema/index.ts";
import { normaliseHeader } from "../../validation/read-sheet.ts";
import type { WorkbookOutcome, WorkbookSource } from "../workbook-source.ts";
import { concurrencyLimit } from "./concurrency.ts";
import { readPacer } from "./read-pacer.ts";
import { readSpreadsheet } from "./read-spreadsheet.ts";
import type { RetryPolicy } from "../../shared/retry.ts";
import { spreadsheetIdOf, spreadsheetUrl } from "./spreadsheet-ref.ts";
import { realTimer, type Timer } from "../../shared/timer.ts";

export interface GoogleSourceOptions {
  /** The central spreadsheet: id or address. */
  readonly central: string;
  readonly api: sheets_v4.Sheets;
  /** Drive, for each spreadsheet's modifiedTime (how long since its workbook changed); without it that is not known. */
  readonly drive?: drive_v3.Drive;
  readonly retry: RetryPolicy;
  /** Time allowed per spreadsheet, retries and waits included. */
  readonly budgetMs: number;
  /** Spreadsheets read at once: bounds reads in flight, not reads per minute. */
  readonly concurrency: number;
  /** Sheets reads allowed per minute, shared by every read of the source (Google's quota: 60 per user); unset paces nothing. */
  readonly readsPerMinute?: number;
  /** The account the reads are made as, asked only when a spreadsheet is refused. */
  readonly account?: () => Promise<string | undefined>;
  readonly timer?: Timer;
}

/**
 * Every sheet any workbook layout names. The block layout's sheets are a subset
 * of the central one's; taking the union lets one read serve either kind.
 */
const WANTED_SHEETS: ReadonlySet<string> = new Set(
  Object.values(workbookLayouts).flatMap((layout) => Object.values(layout).map((s) => normaliseHeader(s.name))),
);

/**
 * Google Sheets as a workbook source: the central spreadsheet from
 * configuration, the block spreadsheets by id or address from column
 * Arbetsbok. One source is one run: each spreadsheet is read once (one
 * metadata call and one batchGet at most, and one Drive files.get for when it
 * last changed), a few at a time, every Sheets read within the run's
 * per-minute budget.
 */
export function googleSheetsSource(options: GoogleSourceOptions): WorkbookSource {
  const timer = options.timer ?? realTimer;
  const pacer = options.readsPerMinute !== undefined ? readPacer(options.readsPerMinute, timer) : undefined;
  const ctx = {
    api: options.api,
    ...(options.drive ? { drive: options.drive } : {}),
    retry: options.retry,
    budgetMs: options.budgetMs,
    timer,
    ...(pacer ? { pacer } : {}),
    ...(options.account ? { account: options.account } : {}),
  };
  const limit = concurrencyLimit(options.concurrency);
  const reads = new Map<string, Promise<WorkbookOutcome>>();
  const read = (ref: string): Promise<WorkbookOutcome> => {
    const key = spreadsheetIdOf(ref) ?? ref;
    let outcome = reads.get(key);
    if (!outcome) {
      outcome = limit(() => readSpreadsheet(ref, WANTED_SHEETS, ctx));
      reads.set(key, outcome);
    }
    return outcome;
  };
  const centralId = spreadsheetIdOf(options.central);
  return {
    description: centralId ? spreadsheetUrl(centralId) : options.central,
    readCentral: () => read(options.central),
    readBlock: read,
    // A spreadsheet is not "in" a place that could be listed without Drive; nothing to warn about.
    unreferenced: async () => [],
    close: async () => {},
  };
}
