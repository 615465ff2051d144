/**
 * The state store in a Cloud Storage bucket: one object per key under a
 * prefix. A create-only write is an upload with `ifGenerationMatch=0`, which
 * Cloud Storage accepts for exactly one writer and answers 412 for the rest;
 * an object replaces the previous one atomically, so a reader never sees half
 * a value.
 */
import type { GcsClient } from "../sinks/gcs/gcs-client.ts";
import { keySegments, type CreateResult, type StateStore } from "./state-store.ts";

const CONTENT_TYPE = "text/plain; charset=utf-8";

export interface GcsStateStoreOptions {
  readonly client: GcsClient;
  readonly bucket: string;
  /** Object-name prefix, e.g. `lagesbild/state`; none by default. */
  readonly prefix?: string;
}

/** A state store in `gs://bucket/prefix/`. */
export function gcsStateStore({ client, bucket, prefix = "" }: GcsStateStoreOptions): StateStore {
  const base = prefix.replace(/^\/+|\/+$/g, "");
  const objectName = (key: string) => [base, ...keySegments(key)].filter(Boolean).join("/");
  const read = async (key: string) => (await client.download(bucket, objectName(key)))?.toString("utf8");

  return {
    where: `gs://${bucket}/${base}`,
    async createOnce(key: string, value: string): Promise<CreateResult> {
      const result = await client.insert(bucket, objectName(key), Buffer.from(value, "utf8"), {
        contentType: CONTENT_TYPE,
        ifGenerationMatch: 0,
      });
      if (result.status === "written") return "created";
      // An earlier try may have been ours with its answer lost: the object then holds exactly our value.
      if (result.uncertain && (await read(key)) === value) return "created";
      return "exists";
    },
    get: async (key: string) => read(key),
    async put(key: string, value: string): Promise<void> {
      await client.insert(bucket, objectName(key), Buffer.from(value, "utf8"), { contentType: CONTENT_TYPE });
    },
  };
}
