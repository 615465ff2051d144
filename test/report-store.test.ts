import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gcsClient } from "../src/sinks/gcs/gcs-client.ts";
import { driveReportStore } from "../src/sinks/report-store/drive-report-store.ts";
import { gcsReportStore } from "../src/sinks/report-store/gcs-report-store.ts";
import { localReportStore } from "../src/sinks/report-store/local-report-store.ts";
import { DOCX_CONTENT_TYPE, ReportStoreError, type ReportFile, type ReportStore } from "../src/sinks/report-store/report-store.ts";
import { DRIVE_CREATE, fakeGoogleAuth, fault, manualTimer, startFakeGoogle, type FakeGoogle } from "./helpers/fake-google/index.ts";

let fake: FakeGoogle;
let dir: string;
beforeAll(async () => {
  fake = await startFakeGoogle();
  fake.objects.createBucket("reports");
  fake.drive.addFolder("folder-1");
  dir = await mkdtemp(join(tmpdir(), "lagesbild-reports-"));
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const file = (content = "PK\u0003\u0004 ett dokument"): ReportFile => ({
  fileName: "delrapport-1_lage-2024-09-18.docx",
  content: Buffer.from(content, "latin1"),
  contentType: DOCX_CONTENT_TYPE,
});

interface Backend {
  readonly store: () => ReportStore;
  /** The bytes stored under a link the store returned, read from where the store put them. */
  readonly read: (link: string, fileName: string) => Buffer | Promise<Buffer>;
}

const backends: Record<string, Backend> = {
  "a local folder": {
    store: () => localReportStore(join(dir, "rapporter")),
    read: (link) => readFile(fileURLToPath(link)),
  },
  "a Drive folder": {
    store: () => driveReportStore({ auth: fakeGoogleAuth(), folderId: "folder-1", rootUrl: fake.rootUrl }),
    read: (link) => {
      const stored = fake.drive.files.find((f) => link.includes(f.id));
      if (!stored) throw new Error(`no Drive file behind ${link}`);
      return stored.data;
    },
  },
  "a Cloud Storage bucket": {
    store: () =>
      gcsReportStore({
        client: gcsClient({ auth: fakeGoogleAuth(), rootUrl: fake.rootUrl, timer: manualTimer() }),
        bucket: "reports",
        prefix: "delrapporter",
      }),
    read: (_, fileName) => {
      const stored = fake.objects.get("reports", `delrapporter/${fileName}`);
      if (!stored) throw new Error(`no object for ${fileName}`);
      return stored.data;
    },
  },
};

describe.each(Object.entries(backends))("a report store in %s", (_, backend) => {
  it("stores the bytes unchanged and gives a link to them", async () => {
    const saved = await backend.store().save(file("första"));
    expect(saved.link).toMatch(/^(https|file):\/\//);
    expect((await backend.read(saved.link, saved.fileName)).toString("latin1")).toBe("första");
  });

  it("never replaces a stored report: the same name twice gives two files", async () => {
    const store = backend.store();
    const [a, b] = [await store.save(file("ett")), await store.save(file("två"))];
    expect(a.link).not.toBe(b.link);
    expect((await backend.read(a.link, a.fileName)).toString("latin1")).toBe("ett");
    expect((await backend.read(b.link, b.fileName)).toString("latin1")).toBe("två");
  });
});

describe("the Drive report store", () => {
  it("uploads metadata and content in one multipart request into the folder, for shared drives too", async () => {
    fake.calls.reset();
    const saved = await backends["a Drive folder"]!.store().save(file());
    const [call] = fake.calls.of(DRIVE_CREATE, "folder-1");
    expect(call?.query.get("uploadType")).toBe("multipart");
    expect(call?.query.get("supportsAllDrives")).toBe("true");
    const stored = fake.drive.inFolder("folder-1").at(-1);
    expect(stored).toMatchObject({ name: "delrapport-1_lage-2024-09-18.docx", mimeType: DOCX_CONTENT_TYPE });
    expect(saved.link).toBe(`https://drive.google.com/file/d/${stored?.id}/view?usp=drivesdk`);
  });

  it.each([
    ["a folder that is not shared with the account", "not-shared", /HTTP 404.*syns inte för tjänstekontot.*inte delad med kontot/s],
    ["a Drive that fails", "folder-1", /HTTP 500/],
  ])("says what went wrong for %s, without retrying an upload", async (_, folderId, message) => {
    if (folderId === "folder-1") fake.faults.inject(DRIVE_CREATE, "folder-1", fault.serverError(500));
    fake.calls.reset();
    const store = driveReportStore({ auth: fakeGoogleAuth(), folderId, rootUrl: fake.rootUrl });
    const error = await store.save(file()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportStoreError);
    expect((error as Error).message).toMatch(message);
    expect(fake.calls.count(DRIVE_CREATE)).toBe(1);
  });
});

describe("the Cloud Storage report store", () => {
  it("links to the object for people signed in, with the name encoded", async () => {
    const store = gcsReportStore({
      client: gcsClient({ auth: fakeGoogleAuth(), rootUrl: fake.rootUrl, timer: manualTimer() }),
      bucket: "reports",
      prefix: "a b",
    });
    const saved = await store.save({ ...file(), fileName: "läget 1.docx" });
    expect(saved.link).toBe("https://storage.cloud.google.com/reports/a%20b/l%C3%A4get%201.docx");
    expect(fake.objects.get("reports", "a b/läget 1.docx")?.contentType).toBe(DOCX_CONTENT_TYPE);
  });

  it("reports a bucket that does not exist as a store error", async () => {
    const store = gcsReportStore({
      client: gcsClient({ auth: fakeGoogleAuth(), rootUrl: fake.rootUrl, timer: manualTimer() }),
      bucket: "missing",
    });
    await expect(store.save(file())).rejects.toThrow(/gs:\/\/missing.*HTTP 404/);
  });
});
