/**
 * Reports in a Google Drive folder through `files.create` (a multipart
 * upload: metadata and content in one request). With the `drive.file` scope
 * the service account sees only the files it creates; the folder is shared
 * with it (a shared drive, where the drive owns the files, is best).
 */
import { Readable } from "node:stream";
import { drive, type drive_v3 } from "@googleapis/drive";
import { ReportStoreError, type ReportFile, type ReportStore, type StoredReport } from "./report-store.ts";

export const DRIVE_FILE_SCOPE = "https://www.googleapis.com/auth/drive.file";

export interface DriveReportStoreOptions {
  readonly auth: NonNullable<drive_v3.Options["auth"]>;
  readonly folderId: string;
  /** Another API root, for tests against a local server. */
  readonly rootUrl?: string;
  readonly timeoutMs?: number;
}

export function driveReportStore(options: DriveReportStoreOptions): ReportStore {
  // No client retries: an upload whose answer was lost would be made twice.
  const client = drive({
    version: "v3",
    auth: options.auth,
    retry: false,
    timeout: options.timeoutMs ?? 120_000,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
  });
  const where = `Drive-mappen ${options.folderId}`;
  return {
    kind: "drive",
    where,
    async save(file: ReportFile): Promise<StoredReport> {
      try {
        const request = {
          requestBody: { name: file.fileName, parents: [options.folderId], mimeType: file.contentType },
          media: { mimeType: file.contentType, body: Readable.from([file.content]) },
          fields: "id,name,webViewLink",
          supportsAllDrives: true,
        };
        // The client builds the upload address from the call's own rootUrl, not the client's.
        const response = await client.files.create(request, options.rootUrl ? { rootUrl: options.rootUrl } : {});
        const id = response.data.id;
        if (!id) throw new Error("svaret saknar filens id");
        return { link: response.data.webViewLink ?? `https://drive.google.com/file/d/${id}/view`, fileName: response.data.name ?? file.fileName };
      } catch (cause) {
        const status = (cause as { status?: number }).status;
        const hint = status === 404 ? " Mappen finns inte eller är inte delad med tjänstekontot." : "";
        throw new ReportStoreError(`Rapporten kunde inte sparas i ${where}${status ? ` (HTTP ${status})` : ""}: ${(cause as Error).message}.${hint}`, { cause });
      }
    },
  };
}
