import { drive, type drive_v3 } from "@googleapis/drive";
import type { SheetsAuth } from "./sheets-api.ts";

/**
 * The real Drive v3 client, for the spreadsheets' metadata. As with Sheets,
 * the client's own retries are off (`withRetry` does it) and `rootUrl` points
 * it at a local server in tests.
 */
export function driveApi(options: { readonly auth?: SheetsAuth; readonly rootUrl?: string }): drive_v3.Drive {
  return drive({
    version: "v3",
    retry: false,
    ...(options.auth !== undefined ? { auth: options.auth } : {}),
    ...(options.rootUrl !== undefined ? { rootUrl: options.rootUrl } : {}),
  });
}
