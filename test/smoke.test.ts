import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmokeContext } from "../scripts/smoke/check.ts";
import { SMOKE_CHECKS } from "../scripts/smoke/checks.ts";
import { describeChecks, fixtureRecorder, runSmoke } from "../scripts/smoke/run-smoke.ts";
import {
  allFixtures,
  DRIVE_CREATE,
  fakeGoogleAuth,
  fakeSpreadsheetId,
  googleExample,
  replay,
  SHEETS_GET,
  startFakeGoogle,
  STORAGE_INSERT,
  type FakeGoogle,
} from "./helpers/fake-google/index.ts";

const FOLDER = "1SmokeFolderSharedWithReport";
let fake: FakeGoogle;
let dir: string;
let centralId: string;
const testId = fakeSpreadsheetId("smoke-test-spreadsheet");

beforeAll(async () => {
  fake = await startFakeGoogle();
  const example = await googleExample();
  centralId = example.centralId;
  fake.spreadsheets.put(...example.spreadsheets, {
    id: testId,
    title: "lägesbild smoke",
    sheets: [
      {
        title: "Värden",
        values: [
          ["Text", "Fel", "Saknas", "Kryss", "Datum", "Procent"],
          ["a", "#DIV/0!", "#N/A", true, 45_553, 0.25],
        ],
        merges: ["A3:B3"],
      },
      { title: "Dold", hidden: true, values: [["x"]] },
      { title: "Kalles blad's", values: [["y"]] },
      { title: "Tom" },
    ],
  });
  fake.drive.addFolder(FOLDER);
  fake.objects.createBucket("lagesbild-state");
  dir = await mkdtemp(join(tmpdir(), "lagesbild-smoke-"));
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

function context(overrides: Partial<SmokeContext> = {}): SmokeContext {
  return {
    project: "lagesbild-prod",
    centralSpreadsheetId: centralId,
    reports: { kind: "drive", folderId: FOLDER },
    state: { bucket: "lagesbild-state", prefix: "state" },
    testSpreadsheetId: testId,
    rootUrl: fake.rootUrl,
    auth: async () => fakeGoogleAuth(),
    record: fixtureRecorder(dir, "lagesbild-prod", () => "2026-12-01T12:00:00Z"),
    runId: "run-1",
    ...overrides,
  };
}

describe("the smoke check, end to end against the fake server", () => {
  it("--smoke --dry-run lists every check and the account it runs as", () => {
    const lines = describeChecks(SMOKE_CHECKS);
    expect(lines).toHaveLength(SMOKE_CHECKS.length);
    expect(lines[0]).toMatch(
      /^1\. \[sheets-central\] som lagesbild-validate: spreadsheets\.get och values\.batchGet på det centrala kalkylarket/,
    );
    for (const id of [
      "sheets-block",
      "sheets-test-spreadsheet",
      "sheets-quota",
      "sheets-unshared",
      "drive-upload",
      "gcs-create-only-lagesbild-summary",
      "gcs-missing-object",
      "token-scopes-lagesbild-report",
    ]) {
      expect(
        lines.some((l) => l.includes(`[${id}]`)),
        id,
      ).toBe(true);
    }
  });

  it("passes every check, records the answers as fixtures, and leaves a file in the folder and objects in the bucket", async () => {
    const said: string[] = [];
    const results = await runSmoke(context(), SMOKE_CHECKS, (l) => said.push(l));
    expect(results.filter((r) => !r.outcome.ok).map((r) => [r.check.id, r.outcome.lines, r.outcome.todo])).toEqual([]);
    expect(said.at(-1)).toBe(`\nAlla ${SMOKE_CHECKS.length} kontroller godkända.`);
    // The test spreadsheet's cases were each seen.
    expect(said.filter((l) => /^ {4}ja: /.test(l))).toHaveLength(9);
    // Two create-only writes: 200 then 412.
    expect(said).toContain("    andra skrivningen: precondition-failed");
    expect(fake.drive.inFolder(FOLDER).map((f) => f.name)).toEqual(["lagesbild-smoke-run-1.txt"]);
    expect(fake.objects.names("lagesbild-state")).toEqual(["state/smoke/run-1-lagesbild-summary"]);

    const recorded = allFixtures(dir);
    expect([...recorded.keys()].sort()).toEqual([
      "recorded-sheets-batchget-block",
      "recorded-sheets-batchget-central",
      "recorded-sheets-batchget-test",
      "recorded-sheets-get-block",
      "recorded-sheets-get-central",
      "recorded-sheets-get-test",
      "recorded-sheets-unshared",
    ]);
    expect(recorded.get("recorded-sheets-unshared")).toMatchObject({
      recorded: true,
      api: "sheets",
      call: "spreadsheets.get",
      response: { status: 404 },
    });
  });

  it("a recorded answer is replayed by the fake server as it came", async () => {
    const recorded = allFixtures(dir).get("recorded-sheets-get-test")!;
    const replayedId = fakeSpreadsheetId("replayed");
    fake.faults.inject(SHEETS_GET, replayedId, replay(recorded));
    const response = await fetch(`${fake.rootUrl}v4/spreadsheets/${replayedId}`, { headers: await fakeGoogleAuth().getRequestHeaders() });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(recorded.response.body);
  });

  it("says what failed and what to do: an unshared central spreadsheet, a folder the account cannot see, a 403 for a taken name", async () => {
    fake.faults.always(SHEETS_GET, centralId, replay(allFixtures().get("sheets-403-permission-denied")!));
    fake.faults.always(DRIVE_CREATE, FOLDER, replay(allFixtures().get("drive-404-folder-not-found")!));
    // The first write goes through; the second meets the 403 an objectCreator-only account gets for a taken name.
    fake.faults.inject(
      STORAGE_INSERT,
      "lagesbild-state/state/smoke/run-2-lagesbild-summary",
      { kind: "slow", ms: 0 },
      replay(allFixtures().get("gcs-403-exists-without-delete")!),
    );
    const said: string[] = [];
    const results = await runSmoke(context({ runId: "run-2" }), SMOKE_CHECKS, (l) => said.push(l));
    fake.faults.clear();
    const failed = results.filter((r) => !r.outcome.ok).map((r) => r.check.id);
    expect(failed).toEqual(expect.arrayContaining(["sheets-central", "drive-upload"]));
    expect(said.join("\n")).toMatch(
      /MISSLYCKAD \[sheets-central\][\s\S]*PERMISSION_DENIED[\s\S]*Att göra: Dela kalkylarket .* med lagesbild-validate@lagesbild-prod\.iam\.gserviceaccount\.com/,
    );
    expect(said.join("\n")).toMatch(/MISSLYCKAD \[drive-upload\][\s\S]*Att göra: Rapporten kunde inte sparas \(HTTP 404\)/);
    expect(failed).not.toContain("gcs-create-only-lagesbild-summary");
    expect(said).toContain(
      "    andra skrivningen: precondition-failed (403 i stället för 412: kontot får inte se objektet; lägesbild tolkar det som upptaget namn)",
    );
    expect(said.at(-1)).toMatch(/kontroller misslyckades; se ”Att göra” ovan\./);
    expect(await readdir(dir)).toContain("recorded-sheets-get-central.json");
  });
});
