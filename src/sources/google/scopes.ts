/** The OAuth scopes lägesbild asks for, one per API, each the least that API's use needs. */
export const SHEETS_READONLY_SCOPE = "https://www.googleapis.com/auth/spreadsheets.readonly";
/** When each spreadsheet last changed (Drive's modifiedTime): file metadata only, never content. */
export const DRIVE_METADATA_READONLY_SCOPE = "https://www.googleapis.com/auth/drive.metadata.readonly";
