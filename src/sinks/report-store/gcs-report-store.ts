/** Reports in a Cloud Storage bucket: written create-only, so a stored report is never replaced. */
import type { GcsClient } from "../gcs/gcs-client.ts";
import { numbered, ReportStoreError, type ReportFile, type ReportStore, type StoredReport } from "./report-store.ts";

const MAX_NAME_TRIES = 20;

export interface GcsReportStoreOptions {
  readonly client: GcsClient;
  readonly bucket: string;
  readonly prefix?: string;
}

export function gcsReportStore({ client, bucket, prefix = "" }: GcsReportStoreOptions): ReportStore {
  const base = prefix.replace(/^\/+|\/+$/g, "");
  return {
    kind: "gcs",
    where: `gs://${bucket}/${base}`,
    async save(file: ReportFile): Promise<StoredReport> {
      for (let n = 1; n <= MAX_NAME_TRIES; n++) {
        const fileName = numbered(file.fileName, n);
        const name = [base, fileName].filter(Boolean).join("/");
        const result = await client
          .insert(bucket, name, file.content, { contentType: file.contentType, ifGenerationMatch: 0 })
          .catch((cause: unknown) => {
            throw new ReportStoreError(`Rapporten kunde inte sparas i gs://${bucket}/${base}: ${(cause as Error).message}`, { cause });
          });
        if (result.status === "written") return { link: authenticatedUrl(bucket, name), fileName };
      }
      throw new ReportStoreError(`Rapporten kunde inte sparas i gs://${bucket}/${base}: namnet ${file.fileName} är upptaget.`);
    },
  };
}

/** The address that opens the object in a browser for anyone signed in with read access to the bucket. */
function authenticatedUrl(bucket: string, name: string): string {
  return `https://storage.cloud.google.com/${bucket}/${name.split("/").map(encodeURIComponent).join("/")}`;
}
