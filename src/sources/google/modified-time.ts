import type { drive_v3 } from "@googleapis/drive";
import { z } from "zod";
import type { Retried } from "../../shared/retry.ts";
import { modifiedUnknownDetail, type ReadFailure, type TransientCause } from "./messages.ts";

/** The one field asked for: Drive answers `{"modifiedTime": "2024-09-18T06:12:30.417Z"}`. */
export const MODIFIED_FIELDS = "modifiedTime";

const fileModified = z.object({ modifiedTime: z.iso.datetime({ offset: true }) });

type Call = <T>(
  request: (signal: AbortSignal) => Promise<{ data: unknown }>,
  shape: z.ZodType<T>,
) => Promise<Retried<T, ReadFailure, TransientCause>>;

/** When the spreadsheet last changed, or why Drive did not say: never a reason not to read it. */
export type LastModified = { readonly modifiedAt: string } | { readonly unknown: string };

/** One Drive `files.get` for the spreadsheet's modifiedTime (shared drives included). */
export async function lastModified(api: drive_v3.Drive, id: string, call: Call): Promise<LastModified> {
  const result = await call(
    (signal) => api.files.get({ fileId: id, fields: MODIFIED_FIELDS, supportsAllDrives: true }, { signal }),
    fileModified,
  );
  if (result.ok) return { modifiedAt: new Date(result.value.modifiedTime).toISOString() };
  return {
    unknown: modifiedUnknownDetail(result.exhausted ? { kind: "gave-up", attempts: result.attempts, last: result.last } : result.failure),
  };
}
