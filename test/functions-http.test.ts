import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRIVE_CREATE, fault, METADATA_TOKEN, SHEETS_BATCH_GET } from "./helpers/fake-google/index.ts";
import { captureLogs, DRIVE_FOLDER, serve, startHarness, type Harness, type Served } from "./helpers/functions-harness.ts";

const SHEETS = "https://www.googleapis.com/auth/spreadsheets.readonly";
const DRIVE = "https://www.googleapis.com/auth/drive.file";
const DRIVE_METADATA = "https://www.googleapis.com/auth/drive.metadata.readonly";

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
    // One batchGet per spreadsheet, through Application Default Credentials with the read-only scopes only (Drive: when each changed).
    expect(Object.values(harness.fake.calls.perKey(SHEETS_BATCH_GET))).toEqual(harness.fake.spreadsheets.ids().map(() => 1));
    expect(Object.keys(harness.fake.calls.perKey(METADATA_TOKEN)).sort()).toEqual([DRIVE_METADATA, SHEETS].sort());
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

describe("a body the functions framework would read or answer with its HTML page", () => {
  const post = (url: string, body: RequestInit["body"], init: RequestInit = {}) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body, ...init } as RequestInit);

  it("answers a body that is not JSON with a JSON error in Swedish, not the framework's HTML page with its stack", async () => {
    const response = await post(report.url, '{"report": 1');
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: "bad-request", message: "Anropets innehåll är inte giltig JSON." });
    expect(text).not.toMatch(/<html|<pre|SyntaxError|node_modules/i);
  });

  it("refuses a body over 100 kB with 413 before reading it, and a body of unknown length with 411", async () => {
    harness.fake.calls.reset();
    const big = JSON.stringify({ report: 1, padding: "x".repeat(150_000) });
    const declared = await post(validate.url, big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: "body-too-large", message: "Anropets innehåll är för stort; högst 100 kB tas emot." });

    const chunks = [new TextEncoder().encode('{"report":'), new TextEncoder().encode("1}")];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const streamed = await post(validate.url, stream, { duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(411);
    expect(await streamed.json()).toEqual({ error: "length-required", message: "Anropet ska ange innehållets längd (Content-Length)." });
    // Neither reached the function: no spreadsheet was read.
    expect(harness.fake.calls.count(SHEETS_BATCH_GET)).toBe(0);
  });

  it("still reads a body just under the limit, and serves the next request after a refusal", async () => {
    const padded = JSON.stringify({ report: 1, asOf: "2024-02-30", padding: "x".repeat(99_000) });
    expect(Buffer.byteLength(padded)).toBeLessThan(100_000);
    expect(await json(await post(report.url, padded))).toMatchObject({
      status: 400,
      body: { message: "asOf ska vara ett datum som 2024-09-18, inte ”2024-02-30”." },
    });
    expect((await fetch(validate.url, { method: "DELETE" })).status).toBe(405);
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
    expect(Object.keys(harness.fake.calls.perKey(METADATA_TOKEN)).sort()).toEqual([DRIVE, DRIVE_METADATA, SHEETS].sort());
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

  it("answers 502 with what to do when the Drive folder is shared with the account as Viewer only, and stores nothing", async () => {
    harness.fake.drive.share(DRIVE_FOLDER, "reader");
    const before = harness.fake.drive.files.length;
    try {
      const { status, body } = await json(await fetch(`${report.url}?report=1&asOf=2024-09-18`));
      expect(status).toBe(502);
      expect(body["error"]).toBe("report-not-stored");
      expect(body["message"]).toMatch(
        new RegExp(
          `^Rapporten skapades men kunde inte sparas\\. Rapporten kunde inte sparas \\(HTTP 403\\): .* får inte skapa filer i Drive-mappen ${DRIVE_FOLDER}\\. Ge kontot rollen Bidragsgivare på mappen`,
        ),
      );
      expect(harness.fake.drive.files.length).toBe(before);
    } finally {
      harness.fake.drive.share(DRIVE_FOLDER, "writer");
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
