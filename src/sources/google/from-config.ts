import type { GoogleConfig } from "../../config/google.ts";
import type { WorkbookSource } from "../workbook-source.ts";
import { accountOf } from "./account.ts";
import { googleSheetsSource } from "./google-source.ts";
import { driveApi } from "./drive-api.ts";
import { DRIVE_METADATA_READONLY_SCOPE } from "./scopes.ts";
import { applicationDefaultAuth, sheetsApi, type SheetsAuth } from "./sheets-api.ts";
import type { Timer } from "../../shared/timer.ts";

/**
 * The Google Sheets source as configured. Auth defaults to Application
 * Default Credentials with the read-only Sheets scope, and for Drive (when
 * each spreadsheet last changed) with the read-only Drive metadata scope;
 * tests pass their own.
 */
export function googleSourceFromConfig(
  config: GoogleConfig,
  deps: { readonly auth?: SheetsAuth; readonly driveAuth?: SheetsAuth; readonly timer?: Timer } = {},
): WorkbookSource {
  const auth = deps.auth ?? applicationDefaultAuth();
  const root = config.rootUrl ? { rootUrl: config.rootUrl } : {};
  const api = sheetsApi({ auth, ...root });
  const drive = driveApi({ auth: deps.driveAuth ?? deps.auth ?? applicationDefaultAuth(DRIVE_METADATA_READONLY_SCOPE), ...root });
  return googleSheetsSource({
    central: config.centralSpreadsheetId,
    api,
    drive,
    retry: {
      maxAttempts: config.retry.maxAttempts,
      baseDelayMs: config.retry.baseDelayMs,
      maxDelayMs: config.retry.maxDelayMs,
      attemptTimeoutMs: config.timeoutMs,
    },
    budgetMs: config.retry.budgetMs,
    concurrency: config.concurrency,
    readsPerMinute: config.readsPerMinute,
    account: () => accountOf(auth),
    ...(deps.timer ? { timer: deps.timer } : {}),
  });
}
