/** The workbook source as configured; the Google client and the xlsx reader are loaded only for the source in use. */
import { stat } from "node:fs/promises";
import { ConfigError } from "../../shared/errors.ts";
import type { WorkbookSource } from "../../sources/workbook-source.ts";
import type { SourceConfig } from "../config.ts";
import type { GoogleAuthFactory } from "./google-auth.ts";

export async function buildSource(config: SourceConfig, auth: GoogleAuthFactory): Promise<WorkbookSource> {
  if (config.kind === "folder") {
    const info = await stat(config.dir).catch(() => undefined);
    if (!info?.isDirectory()) throw new ConfigError([`Mappen ${config.dir} finns inte. Ange mappen med arbetsböckerna (central.xlsx och byggstenarnas filer).`]);
    const { folderSource } = await import("../../sources/xlsx/folder-source.ts");
    return folderSource(config.dir);
  }
  const [{ googleSourceFromConfig }, { SHEETS_READONLY_SCOPE }] = await Promise.all([
    import("../../sources/google/from-config.ts"),
    import("../../sources/google/sheets-api.ts"),
  ]);
  return googleSourceFromConfig(config.google, { auth: await auth(SHEETS_READONLY_SCOPE) });
}
