/** The report store as configured, each backend loaded only when chosen. */
import type { ReportStore } from "../../sinks/report-store/report-store.ts";
import type { ReportStoreConfig } from "../config.ts";
import type { GoogleAuthFactory } from "./google-auth.ts";
import { storageClient } from "./storage-client.ts";

export async function buildReportStore(
  config: ReportStoreConfig,
  auth: GoogleAuthFactory,
  rootUrl: string | undefined,
): Promise<ReportStore> {
  switch (config.kind) {
    case "local": {
      const { localReportStore } = await import("../../sinks/report-store/local-report-store.ts");
      return localReportStore(config.dir);
    }
    case "drive": {
      const { driveReportStore, DRIVE_FILE_SCOPE } = await import("../../sinks/report-store/drive-report-store.ts");
      const { accountOf } = await import("../../sources/google/account.ts");
      const driveAuth = await auth(DRIVE_FILE_SCOPE);
      return driveReportStore({
        auth: driveAuth,
        folderId: config.folderId,
        account: () => accountOf(driveAuth),
        ...(rootUrl ? { rootUrl } : {}),
      });
    }
    case "gcs": {
      const { gcsReportStore } = await import("../../sinks/report-store/gcs-report-store.ts");
      return gcsReportStore({ client: await storageClient(auth, rootUrl), bucket: config.bucket, prefix: config.prefix });
    }
  }
}
