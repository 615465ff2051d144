import { MAX_WORKBOOK_ROWS } from "../raw-workbook.ts";

/** Bounds that keep one hostile or broken workbook from taking the process down. */
export interface ReadLimits {
  /** Largest .xlsx file read at all. */
  readonly maxFileBytes: number;
  /** Most entries (files) in the zip. */
  readonly maxZipEntries: number;
  /** Largest total uncompressed size the zip declares. */
  readonly maxUncompressedBytes: number;
  /** Largest compression ratio of an entry bigger than `ratioCheckFromBytes`. */
  readonly maxCompressionRatio: number;
  readonly ratioCheckFromBytes: number;
  /** Heap of the worker thread that parses one workbook. */
  readonly workerHeapMb: number;
  /** Longest time one workbook may take to parse. */
  readonly timeoutMs: number;
  /** Most rows with a value in one workbook, all sheets together: past it the file is refused, not half read. */
  readonly maxRows: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxUncompressedBytes: 600 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 20 * 1024 * 1024,
  workerHeapMb: 768,
  timeoutMs: 60_000,
  maxRows: MAX_WORKBOOK_ROWS,
};

/** `12,3 MB` for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}
