/** The OAuth scopes lägesbild asks for, one per API, each the least that API's use needs. */
export const SHEETS_READONLY_SCOPE = "https://www.googleapis.com/auth/spreadsheets.readonly";
