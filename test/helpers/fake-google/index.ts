export { startFakeGoogle, FAKE_ACCESS_TOKEN } from "./server.ts";
export type { FakeGoogle, FakeGoogleOptions } from "./server.ts";
export { fakeGoogleAuth } from "./auth.ts";
export { fault, FaultPlan } from "./faults.ts";
export type { Fault } from "./faults.ts";
export { CallLog } from "./call-log.ts";
export type { Call } from "./call-log.ts";
export { SHEETS_GET, SHEETS_BATCH_GET, googleError } from "./sheets-v4.ts";
export { SpreadsheetStore } from "./spreadsheets.ts";
export type { FakeSheet, FakeSpreadsheet, FakeValue } from "./spreadsheets.ts";
export { spreadsheetFromYaml, sheetsValue, serialOf } from "./from-yaml.ts";
export type { SheetsByHeader } from "./from-yaml.ts";
export type { Route, FakeRequest, FakeReply } from "./router.ts";
export { googleExample, fakeSpreadsheetId, EXAMPLE_SOURCE } from "./example.ts";
export type { GoogleExample } from "./example.ts";
export { manualTimer, virtualTimer } from "./manual-timer.ts";
export type { ManualTimer } from "./manual-timer.ts";
export { fakeSheetsSource, TEST_RETRY } from "./source.ts";
export { ObjectStore, STORAGE_GET, STORAGE_INSERT } from "./cloud-storage.ts";
export type { FakeObject } from "./cloud-storage.ts";
export { DriveStore, DRIVE_CREATE } from "./drive-v3.ts";
export { DRIVE_GET, DEFAULT_MODIFIED_TIME } from "./drive-v3-get.ts";
export type { FakeDriveFile } from "./drive-v3.ts";
export { METADATA_TOKEN, metadataEnv } from "./metadata.ts";
export {
  DriveFiles,
  DRIVE_ABOUT,
  DRIVE_CREATE_FILE,
  DRIVE_LIST,
  DRIVE_PERMISSIONS_CREATE,
  DRIVE_PERMISSIONS_LIST,
} from "./drive-v3-files.ts";
export type { FakeDriveEntry, FakePermission } from "./drive-v3-files.ts";
export { SHEETS_BATCH_UPDATE, SHEETS_VALUES_BATCH_UPDATE } from "./sheets-v4-write.ts";
export { ReadQuota, quotaExceeded } from "./quota.ts";
export { putManySpreadsheets } from "./many.ts";
export { allFixtures, FIXTURE_DIR, loadFixture, replay } from "./fixtures.ts";
export type { GoogleFixture } from "./fixtures.ts";
