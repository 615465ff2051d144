import type { GcsClient } from "../../sinks/gcs/gcs-client.ts";
import type { GoogleAuthFactory } from "./google-auth.ts";

/** The Cloud Storage client with the read-write storage scope (loaded on first use). */
export async function storageClient(auth: GoogleAuthFactory, rootUrl: string | undefined): Promise<GcsClient> {
  const { gcsClient, STORAGE_READ_WRITE_SCOPE } = await import("../../sinks/gcs/gcs-client.ts");
  return gcsClient({ auth: await auth(STORAGE_READ_WRITE_SCOPE), ...(rootUrl ? { rootUrl } : {}) });
}
