import { stat } from "node:fs/promises";
import { folderSource } from "../sources/xlsx/folder-source.ts";
import type { WorkbookSource } from "../sources/workbook-source.ts";

export class UsageError extends Error {
  override readonly name = "UsageError";
}

const GOOGLE_SHEETS = /^gsheets(?::(.+))?$/;

/**
 * The source a command-line argument names: a folder of .xlsx workbooks, or
 * Google Sheets as `gsheets:<central spreadsheet id or address>` (or just
 * `gsheets` to take it from the environment).
 */
export async function openSource(arg: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<WorkbookSource> {
  const google = GOOGLE_SHEETS.exec(arg);
  if (google) return openGoogleSheets(google[1], env);
  const info = await stat(arg).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`Mappen ${arg} finns inte. Ange mappen med arbetsböckerna (central.xlsx och byggstenarnas filer).`);
  return folderSource(arg);
}

/** Loaded on demand: the Google client is not needed for a folder. */
async function openGoogleSheets(central: string | undefined, env: Readonly<Record<string, string | undefined>>): Promise<WorkbookSource> {
  const { ConfigError, GOOGLE_ENV, loadGoogleConfig } = await import("../config/google.ts");
  const { googleSourceFromConfig } = await import("../sources/google/from-config.ts");
  try {
    return googleSourceFromConfig(loadGoogleConfig(central ? { ...env, [GOOGLE_ENV.central]: central } : env));
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
