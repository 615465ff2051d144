import { applyFieldMask } from "./field-mask.ts";
import type { FakeReply, FakeRequest, Route } from "./router.ts";
import { googleError } from "./sheets-v4.ts";

export const STORAGE_INSERT = "storage.objects.insert";
export const STORAGE_GET = "storage.objects.get";

/** One stored object: its bytes and the metadata the JSON API reports. */
export interface FakeObject {
  readonly data: Buffer;
  readonly contentType: string;
  readonly generation: number;
}

/**
 * The buckets the fake Cloud Storage knows and their objects. Generations
 * grow per write, as in the real service; a bucket must be created first.
 */
export class ObjectStore {
  private readonly buckets = new Map<string, Map<string, FakeObject>>();
  private nextGeneration = 1_700_000_000_000_000;

  createBucket(...names: string[]): this {
    for (const name of names) if (!this.buckets.has(name)) this.buckets.set(name, new Map());
    return this;
  }

  get(bucket: string, name: string): FakeObject | undefined {
    return this.buckets.get(bucket)?.get(name);
  }

  /** Object names in a bucket, sorted. */
  names(bucket: string): string[] {
    return [...(this.buckets.get(bucket)?.keys() ?? [])].sort();
  }

  hasBucket(bucket: string): boolean {
    return this.buckets.has(bucket);
  }

  /** Writes an object if the precondition holds (`ifGenerationMatch=0`: only if absent); answers like the JSON API. */
  write(bucket: string, name: string, data: Buffer, contentType: string, ifGenerationMatch: number | undefined): FakeReply {
    const objects = this.buckets.get(bucket);
    if (!objects) return { status: 404, body: googleError(404, "The specified bucket does not exist.") };
    const existing = objects.get(name);
    if (ifGenerationMatch !== undefined && (existing?.generation ?? 0) !== ifGenerationMatch) {
      return { status: 412, body: preconditionFailed() };
    }
    const object = { data, contentType, generation: this.nextGeneration++ };
    objects.set(name, object);
    return { status: 200, body: resource(bucket, name, object) };
  }
}

/** The Cloud Storage JSON API routes the state and report stores use: simple (media) upload and get. */
export function cloudStorageRoutes(store: ObjectStore): Route[] {
  return [
    {
      method: "POST",
      path: /^\/upload\/storage\/v1\/b\/([^/]+)\/o$/,
      endpoint: STORAGE_INSERT,
      key: ({ params, query }) => `${params[0]}/${query.get("name") ?? ""}`,
      handle: ({ params, query, headers, body }) => {
        const name = query.get("name");
        if (query.get("uploadType") !== "media")
          return { status: 400, body: googleError(400, "fake-google: only uploadType=media is supported") };
        if (!name) return { status: 400, body: googleError(400, "Required parameter: name") };
        const match = generationParam(query, "ifGenerationMatch");
        if (match === null) return { status: 400, body: googleError(400, "Invalid argument: ifGenerationMatch") };
        const contentType = String(headers["content-type"] ?? "application/octet-stream");
        return store.write(params[0]!, name, body, contentType, match);
      },
    },
    {
      method: "GET",
      path: /^\/storage\/v1\/b\/([^/]+)\/o\/(.+)$/,
      endpoint: STORAGE_GET,
      key: ({ params }) => `${params[0]}/${params[1]}`,
      handle: (request) => getObject(store, request),
    },
  ];
}

function getObject(store: ObjectStore, { params, query }: FakeRequest): FakeReply {
  const [bucket, name] = [params[0]!, params[1]!];
  if (!store.hasBucket(bucket)) return { status: 404, body: googleError(404, "The specified bucket does not exist.") };
  const object = store.get(bucket, name);
  if (!object) return { status: 404, body: googleError(404, `No such object: ${bucket}/${name}`) };
  if (query.get("alt") === "media") return { status: 200, body: object.data, headers: { "content-type": object.contentType } };
  return { status: 200, body: applyFieldMask(resource(bucket, name, object), query.get("fields")) };
}

function resource(bucket: string, name: string, object: FakeObject) {
  return {
    kind: "storage#object",
    id: `${bucket}/${name}/${object.generation}`,
    bucket,
    name,
    generation: String(object.generation),
    metageneration: "1",
    contentType: object.contentType,
    size: String(object.data.length),
    mediaLink: `https://storage.googleapis.com/download/storage/v1/b/${bucket}/o/${encodeURIComponent(name)}?generation=${object.generation}&alt=media`,
  };
}

/** `undefined` when absent, `null` when not a whole number. */
function generationParam(query: URLSearchParams, name: string): number | undefined | null {
  const value = query.get(name);
  if (value === null) return undefined;
  return /^\d+$/.test(value) ? Number(value) : null;
}

function preconditionFailed() {
  const message = "At least one of the pre-conditions you specified did not hold.";
  return {
    error: {
      code: 412,
      message,
      errors: [{ domain: "global", reason: "conditionNotMet", message, locationType: "header", location: "If-Match" }],
    },
  };
}
