import type { RawSheet } from "../raw-workbook.ts";

export interface ParseRequest {
  readonly id: number;
  readonly bytes: ArrayBuffer;
  /** Stop inflating the zip past this many bytes, whatever its directory declares. */
  readonly maxInflatedBytes: number;
  /** Stop reading past this many rows with a value, all sheets together. */
  readonly maxRows: number;
}

export type ParseReply =
  | { readonly id: number; readonly ok: true; readonly dateSystem: 1900 | 1904; readonly sheets: RawSheet[]; readonly modified?: string }
  | { readonly id: number; readonly ok: false; readonly reason: "damaged" | "suspicious" | "rows"; readonly detail: string };
