import { sheets, type sheets_v4 } from "@googleapis/sheets";
import { GoogleAuth } from "google-auth-library";

import { SHEETS_READONLY_SCOPE } from "./scopes.ts";

/** The only scope the Sheets source needs: read spreadsheets, nothing else. */
export { SHEETS_READONLY_SCOPE };

export type SheetsAuth = NonNullable<sheets_v4.Options["auth"]>;

/** Application Default Credentials (the function's service account, or `gcloud auth application-default login`), read-only. */
export function applicationDefaultAuth(scope: string = SHEETS_READONLY_SCOPE): GoogleAuth {
  return new GoogleAuth({ scopes: [scope] });
}

/**
 * The real Sheets v4 client. The client's own retries are switched off
 * (`retry: false`): they ignore Retry-After, have no jitter, never retry POST
 * and read the real clock; `withRetry` does it instead. `rootUrl` points it at
 * a local server in tests.
 */
export function sheetsApi(options: { readonly auth?: SheetsAuth; readonly rootUrl?: string }): sheets_v4.Sheets {
  return sheets({
    version: "v4",
    retry: false,
    ...(options.auth !== undefined ? { auth: options.auth } : {}),
    ...(options.rootUrl !== undefined ? { rootUrl: options.rootUrl } : {}),
  });
}
