/**
 * Where a built report goes: a local folder, a Google Drive folder or a Cloud
 * Storage bucket, behind one small interface that returns a link people can
 * open. One factory file per backend.
 */
import { AppError } from "../../shared/errors.ts";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface ReportFile {
  /** A plain file name, e.g. `delrapport-1_lage-2024-09-18_skapad-2024-09-18T0901.docx`. */
  readonly fileName: string;
  readonly content: Buffer;
  readonly contentType: string;
}

export interface StoredReport {
  /** Where to open it: a Drive or Cloud Storage address, or a `file://` URL. */
  readonly link: string;
  /** The file name it was stored under (a taken name gets `-2`, `-3` …). */
  readonly fileName: string;
}

export interface ReportStore {
  readonly kind: "local" | "drive" | "gcs";
  /** For messages: the folder, `Drive-mappen …`, `gs://bucket/prefix`. */
  readonly where: string;
  /** Stores a new file; never replaces an existing one. */
  save(file: ReportFile): Promise<StoredReport>;
}

/** A report could not be stored; the message says where and why, in Swedish. */
export class ReportStoreError extends AppError {
  override readonly name = "ReportStoreError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("report-not-stored", message, options);
  }
}

/** `name.docx` → `name-2.docx` for the n-th try. */
export function numbered(fileName: string, n: number): string {
  if (n <= 1) return fileName;
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? `${fileName.slice(0, dot)}-${n}${fileName.slice(dot)}` : `${fileName}-${n}`;
}
