import { googleSheetsSource, type GoogleSourceOptions } from "../../../src/sources/google/google-source.ts";
import { driveApi } from "../../../src/sources/google/drive-api.ts";
import { sheetsApi, type SheetsAuth } from "../../../src/sources/google/sheets-api.ts";
import type { WorkbookSource } from "../../../src/sources/workbook-source.ts";
import { fakeGoogleAuth } from "./auth.ts";
import type { FakeGoogle } from "./server.ts";

export const TEST_RETRY = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 8_000, attemptTimeoutMs: 5_000 } as const;

/** The Google Sheets source on the real clients (Sheets, and Drive for modifiedTime), pointed at the fake server, with quick test defaults. */
export function fakeSheetsSource(
  fake: FakeGoogle,
  central: string,
  options: Partial<Omit<GoogleSourceOptions, "api" | "central">> & { readonly auth?: SheetsAuth } = {},
): WorkbookSource {
  const { auth, ...rest } = options;
  return googleSheetsSource({
    central,
    api: sheetsApi({ auth: auth ?? fakeGoogleAuth(), rootUrl: fake.rootUrl }),
    drive: driveApi({ auth: auth ?? fakeGoogleAuth(), rootUrl: fake.rootUrl }),
    retry: TEST_RETRY,
    budgetMs: 60_000,
    concurrency: 4,
    ...rest,
  });
}
