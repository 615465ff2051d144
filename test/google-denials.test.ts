import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { denialOf, parseGoogleError } from "../src/shared/google-error.ts";
import type { WorkbookOutcome } from "../src/sources/workbook-source.ts";
import {
  allFixtures,
  fakeSheetsSource,
  fakeSpreadsheetId,
  loadFixture,
  manualTimer,
  replay,
  SHEETS_BATCH_GET,
  SHEETS_GET,
  startFakeGoogle,
  type FakeGoogle,
} from "./helpers/fake-google/index.ts";

const id = fakeSpreadsheetId("refused");
const ACCOUNT = "lagesbild-validate@lagesbild-prod.iam.gserviceaccount.com";
let fake: FakeGoogle;

beforeAll(async () => {
  fake = await startFakeGoogle();
  fake.spreadsheets.put({ id, title: "Energi", sheets: [{ title: "Aktiviteter", values: [["Id"], ["EN-1"]] }] });
});
afterEach(() => {
  fake.faults.clear();
  fake.calls.reset();
});
afterAll(() => fake.close());

function detailOf(outcome: WorkbookOutcome): string {
  if (outcome.ok) throw new Error("expected the spreadsheet to be refused");
  expect(outcome.problems.map((p) => p.code)).toEqual(["source-unavailable"]);
  return outcome.problems[0]!.message;
}

/** The message Google put in the fixture's body, which the detail must keep. */
function googleMessage(name: string): string {
  return (loadFixture(name).response.body as { error: { message: string } }).error.message;
}

describe("a 403 from Sheets says why, through the real client", () => {
  it.each([
    [
      "sheets-403-service-disabled",
      /Google Sheets API är inte aktiverat i Google Cloud-projektet.*https:\/\/console\.developers\.google\.com\/apis\/api\/sheets\.googleapis\.com\/overview\?project=123456789012.*vänta några minuter/,
    ],
    [
      "sheets-403-scope-insufficient",
      /saknar behörigheten \(scope\) https:\/\/www\.googleapis\.com\/auth\/spreadsheets\.readonly\. Lokalt: gcloud auth application-default login --scopes=/,
    ],
    [
      "sheets-403-permission-denied",
      new RegExp(`${ACCOUNT} har inte läsbehörighet till Google-kalkylarket ${id}\\. Dela kalkylarket med ${ACCOUNT} som Läsare`),
    ],
    ["sheets-403-workspace-policy", new RegExp(`en policy i organisationens Google Workspace hindrar ${ACCOUNT} från att nå filen`)],
  ])("%s", async (name, advice) => {
    fake.faults.always(SHEETS_GET, id, replay(loadFixture(name)));
    const timer = manualTimer();
    const detail = detailOf(await fakeSheetsSource(fake, id, { timer, account: async () => ACCOUNT }).readCentral());
    expect(detail).toMatch(advice);
    expect(detail).toContain(`(Google: ”${googleMessage(name)}”)`);
    // Final: not retried, no wait.
    expect([fake.calls.count(SHEETS_GET, id), timer.sleeps]).toEqual([1, []]);
  });

  it("each reason has its own message", async () => {
    const names = [
      "sheets-403-service-disabled",
      "sheets-403-scope-insufficient",
      "sheets-403-permission-denied",
      "sheets-403-workspace-policy",
    ];
    const details = new Set<string>();
    for (const name of names) {
      fake.faults.clear();
      fake.faults.always(SHEETS_BATCH_GET, id, replay(loadFixture(name)));
      const detail = detailOf(await fakeSheetsSource(fake, id, { timer: manualTimer() }).readCentral());
      details.add(detail.replace(/\(Google: .*\)/, ""));
    }
    expect(details.size).toBe(names.length);
  });

  it("without a known account, asks to share with the service account's address", async () => {
    fake.faults.always(SHEETS_GET, id, replay(loadFixture("sheets-403-permission-denied")));
    const detail = detailOf(await fakeSheetsSource(fake, id, { timer: manualTimer() }).readCentral());
    expect(detail).toMatch(/tjänstekontot har inte läsbehörighet .* Dela kalkylarket med tjänstekontots e-postadress som Läsare/);
  });

  it("a 429 with Google's quota body is retried, not reported as a refusal", async () => {
    fake.faults.inject(SHEETS_BATCH_GET, id, replay(loadFixture("sheets-429-read-quota")));
    const outcome = await fakeSheetsSource(fake, id, { timer: manualTimer() }).readCentral();
    expect(outcome.ok).toBe(true);
    expect(fake.calls.count(SHEETS_BATCH_GET, id)).toBe(2);
  });
});

describe("reading Google's error bodies", () => {
  it.each([
    ["sheets-403-service-disabled", "api-disabled"],
    ["drive-403-service-disabled", "api-disabled"],
    ["gcs-403-service-disabled", "api-disabled"],
    ["sheets-403-scope-insufficient", "scope-insufficient"],
    ["drive-403-scope-insufficient", "scope-insufficient"],
    ["sheets-403-permission-denied", "permission-denied"],
    ["drive-403-insufficient-permissions", "permission-denied"],
    ["gcs-403-create-denied", "permission-denied"],
    ["sheets-403-workspace-policy", "workspace-policy"],
    ["drive-403-storage-quota", "storage-quota"],
  ])("%s is %s", (name, kind) => {
    const fixture = loadFixture(name);
    expect(denialOf(parseGoogleError(fixture.response.body, fixture.response.status)).kind).toBe(kind);
  });

  it("takes the activation link from the ErrorInfo metadata and the service it names", () => {
    const info = parseGoogleError(loadFixture("drive-403-service-disabled").response.body);
    expect(info).toMatchObject({
      httpStatus: 403,
      status: "PERMISSION_DENIED",
      reasons: ["SERVICE_DISABLED"],
      service: "drive.googleapis.com",
      activationUrl: "https://console.developers.google.com/apis/api/drive.googleapis.com/overview?project=123456789012",
    });
  });

  it("copes with a body that is not Google's shape", () => {
    expect(parseGoogleError("<html>502</html>", 502)).toEqual({ httpStatus: 502, reasons: [] });
    expect(denialOf(parseGoogleError(undefined, 403)).kind).toBe("permission-denied");
  });

  it("every shipped fixture says whether it was recorded, and the constructed ones say so in words", () => {
    for (const [name, fixture] of allFixtures()) {
      expect(typeof fixture.recorded, name).toBe("boolean");
      if (!fixture.recorded) expect(fixture.note, name).toMatch(/not recorded/);
    }
  });
});
