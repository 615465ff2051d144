/** When a Google spreadsheet last changed, from Drive's modifiedTime: the status picture's "not updated for N days". */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { textRules } from "../src/report/outline/outline.ts";
import type { WorkbookOutcome } from "../src/sources/workbook-source.ts";
import {
  DRIVE_GET,
  fault,
  fakeSheetsSource,
  fakeSpreadsheetId,
  googleExample,
  loadFixture,
  manualTimer,
  replay,
  startFakeGoogle,
  type FakeGoogle,
} from "./helpers/fake-google/index.ts";

let fake: FakeGoogle;
const rules = loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`).then(textRules);
beforeAll(async () => {
  fake = await startFakeGoogle();
});
afterEach(() => {
  fake.faults.clear();
  fake.calls.reset();
});
afterAll(() => fake.close());

describe("a block whose spreadsheet Drive says has not changed for long", () => {
  it("is marked stale in the status picture, with the days since Drive's modifiedTime", async () => {
    const example = await googleExample();
    const energi = example.idOf.get("energi.xlsx")!;
    const bostader = example.idOf.get("bostader.xlsx")!;
    fake.spreadsheets.put(
      ...example.spreadsheets.map((s) =>
        s.id === energi
          ? { ...s, modifiedTime: "2024-07-01T10:00:00.000Z" }
          : s.id === bostader
            ? { ...s, modifiedTime: "2024-09-16T21:30:00.000Z" }
            : s,
      ),
    );
    const source = fakeSheetsSource(fake, example.centralId);
    const { programme, problems } = await loadProgramme(source, await rules).finally(() => source.close());
    expect(problems.filter((p) => p.code === "modified-unknown")).toEqual([]);
    const status = computeStatus(programme, { asOf: "2024-09-18" });
    const block = (id: string) => status.blocks.find((b) => b.id === id);
    // 2024-07-01 to 2024-09-18: 30 days of July, 31 of August, 18 of September.
    expect(block("energi")).toMatchObject({
      workbookModifiedAt: "2024-07-01T10:00:00.000Z",
      daysSinceWorkbookChanged: 79,
      workbookStale: true,
    });
    // 21:30 UTC on the 16th is 23:30 on the 16th in Stockholm: two days.
    expect(block("bostader")).toMatchObject({ daysSinceWorkbookChanged: 2, workbookStale: false });
  });
});

describe("a spreadsheet whose modifiedTime Drive does not give", () => {
  const id = fakeSpreadsheetId("drive says nothing");
  beforeAll(() => {
    fake.spreadsheets.put({ id, title: "Energi", sheets: [{ title: "Aktiviteter", values: [["Id"], ["EN-1"]] }] });
  });

  async function read(): Promise<Extract<WorkbookOutcome, { ok: true }>> {
    const outcome = await fakeSheetsSource(fake, id, { timer: manualTimer() }).readCentral();
    if (!outcome.ok) throw new Error(`the spreadsheet itself must still be read: ${JSON.stringify(outcome.problems)}`);
    expect(outcome.workbook.sheets.map((s) => s.name)).toEqual(["Aktiviteter"]);
    expect(outcome.workbook.modifiedAt).toBeUndefined();
    return outcome;
  }

  it.each([
    [
      "a login without the Drive metadata scope",
      replay(loadFixture("drive-403-scope-insufficient")),
      /saknar behörigheten \(scope\) https:\/\/www\.googleapis\.com\/auth\/drive\.metadata\.readonly\. Lokalt: gcloud auth application-default login --scopes=https:\/\/www\.googleapis\.com\/auth\/cloud-platform,https:\/\/www\.googleapis\.com\/auth\/spreadsheets\.readonly,https:\/\/www\.googleapis\.com\/auth\/drive\.metadata\.readonly/,
      1,
    ],
    ["the Drive API not enabled", replay(loadFixture("drive-403-service-disabled")), /Google Drive API är inte aktiverat/, 1],
    [
      "a file Drive does not find",
      fault.status(404),
      /Google Drive visar inte filen för den här inloggningen, som behöver behörigheten \(scope\) https:\/\/www\.googleapis\.com\/auth\/drive\.metadata\.readonly/,
      1,
    ],
    ["Drive failing every time", fault.serverError(503), /Google Drive svarade inte efter 4 försök \(senast: HTTP 503/, 4],
  ])("is still read, with a warning that says why staleness is unknown: %s", async (_, failure, why, calls) => {
    fake.faults.always(DRIVE_GET, id, failure);
    const { workbook } = await read();
    expect(workbook.notes).toEqual([{ code: "modified-unknown", detail: expect.stringMatching(why) }]);
    expect(fake.calls.count(DRIVE_GET, id)).toBe(calls);
  });

  it("is dated after a Drive hiccup that a retry gets past", async () => {
    fake.faults.inject(DRIVE_GET, id, fault.serverError(503));
    const outcome = await fakeSheetsSource(fake, id, { timer: manualTimer() }).readCentral();
    expect(outcome.ok && [outcome.workbook.modifiedAt, outcome.workbook.notes]).toEqual(["2024-09-18T00:00:00.000Z", undefined]);
  });

  it("warns in Swedish, naming the workbook", async () => {
    fake.faults.always(DRIVE_GET, id, fault.status(404));
    const source = fakeSheetsSource(fake, id, { timer: manualTimer() });
    const { problems } = await loadProgramme(source, await rules).finally(() => source.close());
    expect(problems.find((p) => p.code === "modified-unknown")).toMatchObject({
      severity: "warning",
      workbook: "Energi",
      message:
        "Det gick inte att se när kalkylarket senast ändrades (Google Drive visar inte filen för den här inloggningen, som behöver behörigheten (scope) https://www.googleapis.com/auth/drive.metadata.readonly), så lägesbilden kan inte säga om arbetsboken har lämnats orörd länge.",
    });
  });
});
