import type { BlockStage, CentralStage } from "../../validation/validate-source.ts";
import type { RawSheet } from "../raw-workbook.ts";
import type { ParsedFile } from "./raw-workbook-of.ts";

export interface ParseRequest {
  readonly id: number;
  readonly bytes: ArrayBuffer;
  /** Stop inflating the zip past this many bytes, whatever its directory declares. */
  readonly maxInflatedBytes: number;
  /** Stop reading past this many rows with a value, all sheets together. */
  readonly maxRows: number;
  /** Type it as this block's workbook in the worker and send back the typed rows rather than the raw sheets. */
  readonly block?: BlockTyping;
  /** Type it as the central workbook in the worker (what `readCentralStage` makes of it), likewise. */
  readonly central?: ParsedFile;
}

/** What the worker needs, besides the bytes, to read a block workbook and type it as `readBlockStage` does. */
export interface BlockTyping extends ParsedFile {
  readonly blockId: string;
}

export type ParseReply =
  | { readonly id: number; readonly ok: true; readonly dateSystem: 1900 | 1904; readonly sheets: RawSheet[]; readonly modified?: string }
  | { readonly id: number; readonly ok: true; readonly stage: BlockStage }
  | { readonly id: number; readonly ok: true; readonly central: CentralStage }
  | { readonly id: number; readonly ok: false; readonly reason: "damaged" | "suspicious" | "rows" | "internal"; readonly detail: string };
