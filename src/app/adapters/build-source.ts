/** The workbook source as configured; the Google client and the xlsx reader are loaded only for the source in use. */
import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import { ConfigError } from "../../shared/errors.ts";
import type { WorkbookSource } from "../../sources/workbook-source.ts";
import type { SourceConfig } from "../config.ts";
import type { GoogleAuthFactory } from "./google-auth.ts";

export async function buildSource(config: SourceConfig, auth: GoogleAuthFactory): Promise<WorkbookSource> {
  if (config.kind === "folder") {
    const info = await stat(config.dir).catch(() => undefined);
    if (info && !info.isDirectory()) {
      throw new ConfigError([
        `${config.dir} är en fil, inte en mapp. Ange mappen som innehåller central.xlsx och byggstenarnas arbetsböcker (till exempel ${dirname(config.dir)}).`,
      ]);
    }
    if (!info)
      throw new ConfigError([`Mappen ${config.dir} finns inte. Ange mappen med arbetsböckerna (central.xlsx och byggstenarnas filer).`]);
    const { folderSource } = await import("../../sources/xlsx/folder-source.ts");
    return folderSource(config.dir);
  }
  const [{ googleSourceFromConfig }, { SHEETS_READONLY_SCOPE, DRIVE_METADATA_READONLY_SCOPE }] = await Promise.all([
    import("../../sources/google/from-config.ts"),
    import("../../sources/google/scopes.ts"),
  ]);
  return googleSourceFromConfig(config.google, {
    auth: await auth(SHEETS_READONLY_SCOPE),
    driveAuth: await auth(DRIVE_METADATA_READONLY_SCOPE),
  });
}
