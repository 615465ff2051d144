/**
 * Reports in a Google Drive folder through `files.create` (a multipart
 * upload: metadata and content in one request). With the `drive.file` scope
 * the service account sees only the files it creates; the folder is shared
 * with it (a shared drive, where the drive owns the files, is best).
 */
import { Readable } from "node:stream";
import { drive, type drive_v3 } from "@googleapis/drive";
import { commonDenialAdvice, googleSaid } from "../../shared/denial-text.ts";
import { denialOf, parseGoogleError } from "../../shared/google-error.ts";
import { ReportStoreError, type ReportFile, type ReportStore, type StoredReport } from "./report-store.ts";

export const DRIVE_FILE_SCOPE = "https://www.googleapis.com/auth/drive.file";

export interface DriveReportStoreOptions {
  readonly auth: NonNullable<drive_v3.Options["auth"]>;
  readonly folderId: string;
  /** Another API root, for tests against a local server. */
  readonly rootUrl?: string;
  readonly timeoutMs?: number;
  /** The account the uploads are made as, asked only to name it in a refusal. */
  readonly account?: () => Promise<string | undefined>;
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
        return {
          link: response.data.webViewLink ?? `https://drive.google.com/file/d/${id}/view`,
          fileName: response.data.name ?? file.fileName,
        };
      } catch (cause) {
        const account = await options.account?.().catch(() => undefined);
        throw new ReportStoreError(driveFailure(cause, options.folderId, account), { cause });
      }
    },
  };
}

/**
 * Why Drive refused the upload, in Swedish, with what to do. With the
 * `drive.file` scope the account sees only files and folders shared with it
 * or made by it, so a 404 on the folder does not mean it is missing.
 */
export function driveFailure(cause: unknown, folderId: string, account: string | undefined): string {
  const e = cause as { status?: unknown; message?: unknown; response?: { status?: unknown; data?: unknown } };
  const status = typeof e.response?.status === "number" ? e.response.status : typeof e.status === "number" ? e.status : undefined;
  const info = parseGoogleError(e.response?.data, status);
  const google = googleSaid(info.message ?? (typeof e.message === "string" ? e.message : undefined));
  const who = account ?? "tjänstekontot";
  const where = `Drive-mappen ${folderId}`;
  if (status === 404) {
    return `Rapporten kunde inte sparas (HTTP 404): ${where} syns inte för ${who}. Antingen finns mappen inte, eller så är den inte delad med kontot: med behörigheten drive.file ser kontot bara det som delats med det. Kontrollera mapp-id:t och dela mappen med ${who} som Bidragsgivare${google}.`;
  }
  if (status === 403) {
    const denial = denialOf(info);
    const common = commonDenialAdvice(denial, {
      api: "Google Drive API",
      service: "drive.googleapis.com",
      scope: DRIVE_FILE_SCOPE,
      ...(account ? { account } : {}),
    });
    if (common) return `Rapporten kunde inte sparas i ${where} (HTTP 403): ${common}${google}.`;
    if (denial.kind === "storage-quota") {
      return `Rapporten kunde inte sparas i ${where} (HTTP 403): ett tjänstekonto har inget eget lagringsutrymme i Drive och kan bara spara i en delad enhet. Lägg mappen i en delad enhet och ge ${who} rollen Bidragsgivare där${google}.`;
    }
    return `Rapporten kunde inte sparas (HTTP 403): ${who} får inte skapa filer i ${where}. Ge kontot rollen Bidragsgivare på mappen${google}.`;
  }
  return `Rapporten kunde inte sparas i ${where}${status ? ` (HTTP ${status})` : ""}${google || `: ${String(e.message ?? cause)}`}.`;
}
