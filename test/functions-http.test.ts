import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRIVE_CREATE, fault, METADATA_TOKEN, SHEETS_BATCH_GET } from "./helpers/fake-google/index.ts";
import { captureLogs, DRIVE_FOLDER, serve, startHarness, type Harness, type Served } from "./helpers/functions-harness.ts";

const SHEETS = "https://www.googleapis.com/auth/spreadsheets.readonly";
const DRIVE = "https://www.googleapis.com/auth/drive.file";

let harness: Harness;
let validate: Served;
let report: Served;
beforeAll(async () => {
  harness = await startHarness();
  await import("../functions/validate.ts");
  await import("../functions/report.ts");
  [validate, report] = await Promise.all([serve("validate"), serve("report")]);
});
afterAll(async () => {
  await Promise.all([validate?.close(), report?.close()]);
  await harness?.close();
});

const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> });

describe("the validate function over HTTP", () => {
  it("answers the validation result of the example as JSON: counts by severity and every problem", async () => {
    harness.fake.calls.reset();
    const { status, body } = await json(await fetch(validate.url));
    expect(status).toBe(200);
    expect(body["counts"]).toEqual({ error: 0, warning: (body["problems"] as unknown[]).length });
    expect((body["workbooks"] as { readable: boolean }[]).length).toBe(harness.fake.spreadsheets.ids().length);
    expect((body["workbooks"] as { readable: boolean }[]).every((w) => w.readable)).toBe(true);
    // One batchGet per spreadsheet, through Application Default Credentials with the read-only scope only.
    expect(Object.values(harness.fake.calls.perKey(SHEETS_BATCH_GET))).toEqual(harness.fake.spreadsheets.ids().map(() => 1));
    expect(Object.keys(harness.fake.calls.perKey(METADATA_TOKEN))).toEqual([SHEETS]);
  });

  it("shows a spreadsheet the account cannot read as a located problem, and the others are still read", async () => {
    const [blockId] = harness.fake.spreadsheets.ids().filter((id) => id !== harness.centralId);
    harness.fake.faults.always(SHEETS_BATCH_GET, blockId!, fault.status(403));
    harness.fake.faults.always("sheets.get", blockId!, fault.status(403));
    try {
      const { status, body } = await json(await fetch(validate.url, { method: "POST" }));
      expect(status).toBe(200);
      const problems = body["problems"] as { code: string; severity: string; link: string | null }[];
      expect(problems.filter((p) => p.code === "source-unavailable")).toHaveLength(1);
      expect((body["counts"] as { error: number }).error).toBe(1);
      expect((body["workbooks"] as { readable: boolean }[]).filter((w) => !w.readable)).toHaveLength(1);
    } finally {
      harness.fake.faults.clear();
    }
  });

  it("refuses other methods with 405 and says which ones to use", async () => {
    const response = await fetch(validate.url, { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
    expect(((await response.json()) as { message: string }).message).toBe("Använd GET eller POST.");
  });
});

describe("the report function over HTTP", () => {
  it("builds the delrapport, stores it in the Drive folder and answers its link with the validation summary", async () => {
    harness.fake.calls.reset();
    const { result, logs } = await captureLogs(async () =>
      json(
        await fetch(report.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ report: 1, asOf: "2024-09-18" }),
        }),
      ),
    );
    expect(result.status).toBe(200);
    const stored = harness.fake.drive.inFolder(DRIVE_FOLDER).at(-1);
    expect(stored?.name).toMatch(/^delrapport-1_lage-2024-09-18_skapad-\d{4}-\d{2}-\d{2}T\d{6}\.docx$/);
    expect(stored?.data.subarray(0, 2).toString()).toBe("PK");
    expect(result.body).toMatchObject({
      report: { number: 1, title: "Delrapport 1", asOf: "2024-09-18" },
      link: `https://drive.google.com/file/d/${stored?.id}/view?usp=drivesdk`,
      fileName: stored?.name,
      draft: false,
      validation: { counts: { error: 0 } },
    });
    expect(harness.fake.calls.count(DRIVE_CREATE)).toBe(1);
    expect(Object.keys(harness.fake.calls.perKey(METADATA_TOKEN)).sort()).toEqual([DRIVE, SHEETS]);
    expect(logs.find((l) => l["message"] === "report stored")).toMatchObject({ severity: "INFO", report: 1, link: result.body["link"] });
  });

  it("takes the parameters from the query string as well", async () => {
    const { status, body } = await json(await fetch(`${report.url}?report=1&asOf=2024-10-01`));
    expect(status).toBe(200);
    expect(body["report"]).toEqual({ number: 1, title: "Delrapport 1", asOf: "2024-10-01" });
  });

  it.each([
    ["a report number that is no number", "?report=ett", 400, "report ska vara ett rapportnummer som 1, inte ”ett”."],
    ["a date that does not exist", "?report=1&asOf=2024-02-30", 400, "asOf ska vara ett datum som 2024-09-18, inte ”2024-02-30”."],
    ["a report the sheet Rapporter does not have", "?report=7&asOf=2024-09-18", 404, "Delrapport 7 finns inte på bladet Rapporter."],
    [
      "no report number while no report is a draft",
      "?asOf=2024-09-18",
      404,
      "Ingen delrapport har status utkast på bladet Rapporter; ange rapportnummer (report).",
    ],
  ])("answers %s with %i and a Swedish message", async (_, query, status, message) => {
    const reply = await json(await fetch(`${report.url}${query}`));
    expect(reply).toMatchObject({ status, body: { message } });
  });

  it("answers 502 with the problems when the central spreadsheet cannot be read", async () => {
    harness.fake.faults.always("sheets.get", harness.centralId, fault.status(404));
    harness.fake.faults.always(SHEETS_BATCH_GET, harness.centralId, fault.status(404));
    try {
      const { status, body } = await json(await fetch(`${report.url}?report=1`));
      expect(status).toBe(502);
      expect(body["error"]).toBe("source-unavailable");
      expect((body["problems"] as { code: string }[]).map((p) => p.code)).toEqual(["source-unavailable"]);
    } finally {
      harness.fake.faults.clear();
    }
  });

  it("answers 502 when the report cannot be stored, and logs why", async () => {
    harness.fake.faults.inject(DRIVE_CREATE, DRIVE_FOLDER, fault.status(403, "insufficientFilePermissions"));
    const { result, logs } = await captureLogs(async () => json(await fetch(`${report.url}?report=1&asOf=2024-09-18`)));
    expect(result.status).toBe(502);
    expect(result.body["message"]).toMatch(/^Rapporten skapades men kunde inte sparas\. .*HTTP 403/);
    expect(logs.find((l) => l["message"] === "report not stored")?.["severity"]).toBe("ERROR");
  });
});
