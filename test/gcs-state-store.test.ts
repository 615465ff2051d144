import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloudStorageError, gcsClient } from "../src/sinks/gcs/gcs-client.ts";
import { gcsStateStore } from "../src/state/gcs-state-store.ts";
import {
  fakeGoogleAuth,
  fault,
  manualTimer,
  startFakeGoogle,
  STORAGE_GET,
  STORAGE_INSERT,
  type FakeGoogle,
} from "./helpers/fake-google/index.ts";
import { describeStateStoreContract } from "./helpers/state-store-contract.ts";

const RETRY = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, attemptTimeoutMs: 2_000 } as const;

let fake: FakeGoogle;
let bucketCount = 0;
beforeAll(async () => {
  fake = await startFakeGoogle();
});
afterAll(async () => {
  await fake.close();
});

function storeIn(bucket: string, prefix = "lagesbild/state") {
  const client = gcsClient({ auth: fakeGoogleAuth(), rootUrl: fake.rootUrl, retry: RETRY, timer: manualTimer() });
  return gcsStateStore({ client, bucket, prefix });
}

function freshBucket(): string {
  const bucket = `state-${++bucketCount}`;
  fake.objects.createBucket(bucket);
  return bucket;
}

describeStateStoreContract("Cloud Storage", async () => {
  const bucket = freshBucket();
  return { store: storeIn(bucket), reopen: () => storeIn(bucket), cleanup: async () => undefined };
});

describe("the Cloud Storage state store against the JSON API", () => {
  it("keeps each key as one object under the prefix, and names the bucket for messages", async () => {
    const bucket = freshBucket();
    const store = storeIn(bucket, "/lagesbild/state/");
    await store.createOnce("summary/2024-W38/anna@x.se/1", '{"state":"sending"}');
    await store.put("summary/last-successful", "{}");
    expect(fake.objects.names(bucket)).toEqual(["lagesbild/state/summary/2024-W38/anna@x.se/1", "lagesbild/state/summary/last-successful"]);
    expect(fake.objects.get(bucket, "lagesbild/state/summary/last-successful")?.contentType).toMatch(/^text\/plain/);
    expect(store.where).toBe(`gs://${bucket}/lagesbild/state`);
  });

  it("sends ifGenerationMatch=0 only for create-only writes, and gets a 412 the second time", async () => {
    const bucket = freshBucket();
    const store = storeIn(bucket);
    fake.calls.reset();
    await store.createOnce("k", "a");
    await store.createOnce("k", "b");
    await store.put("k", "c");
    const inserts = fake.calls.of(STORAGE_INSERT, `${bucket}/lagesbild/state/k`);
    expect(inserts.map((c) => c.query.get("ifGenerationMatch"))).toEqual(["0", "0", null]);
    expect(fake.calls.of(STORAGE_GET)).toHaveLength(0);
    expect(await store.get("k")).toBe("c");
  });

  it.each([
    ["a 503", fault.serverError(503)],
    ["a 429 with Retry-After", fault.tooManyRequests(2)],
    ["a dropped connection", fault.drop()],
  ])("reads through %s", async (_, f) => {
    const bucket = freshBucket();
    const store = storeIn(bucket);
    await store.put("k", "value");
    fake.faults.inject(STORAGE_GET, `${bucket}/lagesbild/state/k`, f);
    fake.calls.reset();
    expect(await store.get("k")).toBe("value");
    expect(fake.calls.count(STORAGE_GET)).toBe(2);
  });

  it("counts a create whose answer was lost as its own, not as someone else's", async () => {
    const bucket = freshBucket();
    const store = storeIn(bucket);
    // The write happens, the answer breaks off; the retry meets the precondition.
    fake.faults.inject(STORAGE_INSERT, `${bucket}/lagesbild/state/claim`, fault.drop());
    expect(await store.createOnce("claim", "mine")).toBe("created");
    expect(await store.createOnce("claim", "theirs")).toBe("exists");
    expect(await store.get("claim")).toBe("mine");
  });

  it("does not count an object another writer made as its own after a retry", async () => {
    const bucket = freshBucket();
    const store = storeIn(bucket);
    await storeIn(bucket).createOnce("claim", "theirs");
    fake.faults.inject(STORAGE_INSERT, `${bucket}/lagesbild/state/claim`, fault.serverError(503));
    expect(await store.createOnce("claim", "mine")).toBe("exists");
  });

  it("gives up after its attempts with an error that says so", async () => {
    const bucket = freshBucket();
    fake.faults.always(STORAGE_GET, `${bucket}/lagesbild/state/k`, fault.serverError(500));
    fake.calls.reset();
    await expect(storeIn(bucket).get("k")).rejects.toThrow(/Cloud Storage svarade inte \(4 försök\)/);
    expect(fake.calls.count(STORAGE_GET)).toBe(RETRY.maxAttempts);
  });

  it.each([
    ["a bucket that does not exist", "no-such-bucket", 404],
    ["a bucket the account may not write", "forbidden-bucket", 403],
  ])("fails loudly for %s instead of reporting nothing stored", async (_, bucket, status) => {
    if (status === 403) {
      fake.objects.createBucket(bucket);
      fake.faults.always(STORAGE_INSERT, `${bucket}/lagesbild/state/k`, fault.status(403));
    }
    const store = storeIn(bucket);
    const error = await store.createOnce("k", "v").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudStorageError);
    expect((error as CloudStorageError).status).toBe(status);
    if (status === 404) await expect(store.get("k")).rejects.toBeInstanceOf(CloudStorageError);
  });

  it("refuses a call without a valid token", async () => {
    const client = gcsClient({ auth: fakeGoogleAuth("wrong-token"), rootUrl: fake.rootUrl, retry: RETRY, timer: manualTimer() });
    const store = gcsStateStore({ client, bucket: freshBucket() });
    await expect(store.get("k")).rejects.toMatchObject({ status: 401 });
  });
});
