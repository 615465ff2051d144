import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { gcsClient } from "../src/sinks/gcs/gcs-client.ts";
import { driveReportStore } from "../src/sinks/report-store/drive-report-store.ts";
import { gcsReportStore } from "../src/sinks/report-store/gcs-report-store.ts";
import { DOCX_CONTENT_TYPE, ReportStoreError, type ReportFile } from "../src/sinks/report-store/report-store.ts";
import { gcsStateStore } from "../src/state/gcs-state-store.ts";
import {
  DRIVE_CREATE,
  fakeGoogleAuth,
  loadFixture,
  manualTimer,
  replay,
  startFakeGoogle,
  STORAGE_INSERT,
  type FakeGoogle,
} from "./helpers/fake-google/index.ts";

const ACCOUNT = "lagesbild-report@lagesbild-prod.iam.gserviceaccount.com";
const FOLDER = "1FolderSharedWithTheAccount";
let fake: FakeGoogle;

beforeAll(async () => {
  fake = await startFakeGoogle();
  fake.drive.addFolder(FOLDER);
  fake.objects.createBucket("reports", "state");
});
afterEach(() => {
  fake.faults.clear();
  fake.calls.reset();
});
afterAll(() => fake.close());

const file: ReportFile = { fileName: "delrapport-1.docx", content: Buffer.from("PK\u0003\u0004"), contentType: DOCX_CONTENT_TYPE };
const drive = (folderId = FOLDER) =>
  driveReportStore({ auth: fakeGoogleAuth(), folderId, rootUrl: fake.rootUrl, account: async () => ACCOUNT });
const googleMessage = (name: string) => (loadFixture(name).response.body as { error: { message: string } }).error.message;

async function messageOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

describe("Drive says why it refused the report, through the real client", () => {
  it("a folder the account cannot see is not said to be missing: with drive.file it may only be unshared", async () => {
    const message = await messageOf(drive("1FolderTheAccountCannotSee").save(file));
    expect(message).toMatch(
      new RegExp(
        `syns inte för ${ACCOUNT}\\. Antingen finns mappen inte, eller så är den inte delad med kontot: med behörigheten drive\\.file`,
      ),
    );
    expect(message).not.toMatch(/Mappen finns inte\./);
  });

  it("a folder shared with the account as Viewer only: the upload is refused with 403 and the advice is Contributor", async () => {
    fake.drive.share("1FolderSharedAsViewer", "reader");
    const message = await messageOf(drive("1FolderSharedAsViewer").save(file));
    expect(message).toBe(
      `Rapporten kunde inte sparas (HTTP 403): ${ACCOUNT} får inte skapa filer i Drive-mappen 1FolderSharedAsViewer. Ge kontot rollen Bidragsgivare på mappen (Google: ”The user does not have sufficient permissions for this file.”).`,
    );
    expect(fake.drive.inFolder("1FolderSharedAsViewer")).toEqual([]);
  });

  it.each([
    ["drive-404-folder-not-found", /syns inte för .*dela mappen med .* som Bidragsgivare/],
    ["drive-403-storage-quota", new RegExp(`inget eget lagringsutrymme i Drive .* delad enhet .* ge ${ACCOUNT} rollen Bidragsgivare där`)],
    [
      "drive-403-insufficient-permissions",
      new RegExp(`${ACCOUNT} får inte skapa filer i Drive-mappen ${FOLDER}\\. Ge kontot rollen Bidragsgivare`),
    ],
    ["drive-403-service-disabled", /Google Drive API är inte aktiverat .*drive\.googleapis\.com\/overview\?project=123456789012/],
    ["drive-403-scope-insufficient", /saknar behörigheten \(scope\) https:\/\/www\.googleapis\.com\/auth\/drive\.file/],
  ])("%s", async (name, advice) => {
    fake.faults.inject(DRIVE_CREATE, FOLDER, replay(loadFixture(name)));
    const error = await drive()
      .save(file)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportStoreError);
    expect((error as Error).message).toMatch(advice);
    expect((error as Error).message).toContain(`(Google: ”${googleMessage(name)}”)`);
  });
});

describe("Cloud Storage says why, and a 403 in place of 412 on a create-only write means the name is taken", () => {
  const client = () => gcsClient({ auth: fakeGoogleAuth(), rootUrl: fake.rootUrl, timer: manualTimer() });

  it("an account with only objectCreator gets 403 for a taken name: the report store takes the next name", async () => {
    fake.faults.inject(STORAGE_INSERT, "reports/delrapporter/delrapport-1.docx", replay(loadFixture("gcs-403-exists-without-delete")));
    const saved = await gcsReportStore({ client: client(), bucket: "reports", prefix: "delrapporter" }).save(file);
    expect(saved.fileName).toBe("delrapport-1-2.docx");
    expect(fake.objects.names("reports")).toEqual(["delrapporter/delrapport-1-2.docx"]);
  });

  it("the state store reads such a 403 as a claim that exists", async () => {
    fake.faults.inject(STORAGE_INSERT, "state/summary/k", replay(loadFixture("gcs-403-exists-without-delete")));
    expect(await gcsStateStore({ client: client(), bucket: "state" }).createOnce("summary/k", "v")).toBe("exists");
  });

  it("a write that replaces (no precondition) still fails on that 403", async () => {
    fake.faults.inject(STORAGE_INSERT, "state/snapshot", replay(loadFixture("gcs-403-exists-without-delete")));
    const message = await messageOf(gcsStateStore({ client: client(), bucket: "state" }).put("snapshot", "v"));
    expect(message).toMatch(
      new RegExp(
        `${ACCOUNT} saknar behörigheten storage\\.objects\\.delete\\. Ge ${ACCOUNT} rollen roles/storage\\.objectUser på bucketen state`,
      ),
    );
  });

  it.each([
    ["gcs-403-create-denied", /saknar behörigheten storage\.objects\.create\. Ge .* rollen roles\/storage\.objectCreator/],
    ["gcs-403-service-disabled", /Cloud Storage JSON API är inte aktiverat/],
  ])("%s on a report is said in Swedish with the role to grant", async (name, advice) => {
    fake.faults.always(STORAGE_INSERT, "reports/delrapporter/delrapport-1.docx", replay(loadFixture(name)));
    const message = await messageOf(gcsReportStore({ client: client(), bucket: "reports", prefix: "delrapporter" }).save(file));
    expect(message).toMatch(advice);
    expect(message).toContain(googleMessage(name));
  });
});
