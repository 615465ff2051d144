/** The state store as configured: a local folder or a Cloud Storage bucket. */
import type { StateStore } from "../../state/state-store.ts";
import type { StateConfig } from "../config.ts";
import type { GoogleAuthFactory } from "./google-auth.ts";
import { storageClient } from "./storage-client.ts";

export async function buildStateStore(config: StateConfig, auth: GoogleAuthFactory, rootUrl: string | undefined): Promise<StateStore> {
  if (config.kind === "local") {
    const { fileStateStore } = await import("../../state/file-state-store.ts");
    return fileStateStore(config.dir);
  }
  const { gcsStateStore } = await import("../../state/gcs-state-store.ts");
  return gcsStateStore({ client: await storageClient(auth, rootUrl), bucket: config.bucket, prefix: config.prefix });
}
