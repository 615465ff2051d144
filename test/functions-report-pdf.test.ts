/**
 * The report function with LAGESBILD_REPORT_PDF=on (the container image with
 * LibreOffice): the stored delrapport carries its tagged PDF beside it, and a
 * failing LibreOffice leaves the .docx stored and says why.
 */
import { vi, afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRIVE_CREATE } from "./helpers/fake-google/index.ts";
import { captureLogs, DRIVE_FOLDER, serve, startHarness, type Harness, type Served } from "./helpers/functions-harness.ts";

let harness: Harness;
let report: Served;
beforeAll(async () => {
  harness = await startHarness({ env: { LAGESBILD_REPORT_PDF: "on" } });
  await import("../functions/report.ts");
  report = await serve("report");
});
afterAll(async () => {
  await report?.close();
  await harness?.close();
});

const ask = async () => {
  const response = await fetch(`${report.url}?report=1&asOf=2024-09-18`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("the report function with the PDF on", () => {
  it("stores the tagged PDF beside the .docx under the same name and answers both links", async () => {
    harness.fake.calls.reset();
    const { result, logs } = await captureLogs(ask);
    expect(result.status).toBe(200);
    const [docx, pdf] = harness.fake.drive.inFolder(DRIVE_FOLDER).slice(-2);
    expect(docx?.name).toMatch(/^delrapport-1_lage-2024-09-18_skapad-[\dT-]+\.docx$/);
    expect(pdf?.name).toBe(docx?.name.replace(/\.docx$/, ".pdf"));
    expect(pdf?.mimeType).toBe("application/pdf");
    expect(pdf?.data.subarray(0, 5).toString()).toBe("%PDF-");
    expect(harness.fake.calls.count(DRIVE_CREATE)).toBe(2);
    expect(result.body["fileName"]).toBe(docx?.name);
    expect(result.body["pdf"]).toEqual({
      link: `https://drive.google.com/file/d/${pdf?.id}/view?usp=drivesdk`,
      fileName: pdf?.name,
      figuresWithoutAlt: 0,
    });
    expect(logs.find((l) => l["message"] === "report pdf stored")).toMatchObject({ severity: "INFO", figuresWithoutAlt: 0 });
  }, 300_000);

  it("without LibreOffice stores the .docx all the same, answers 200 and says why there is no PDF", async () => {
    vi.stubEnv("LAGESBILD_SOFFICE", "/finns/inte/soffice");
    try {
      harness.fake.calls.reset();
      const { result, logs } = await captureLogs(ask);
      expect(result.status).toBe(200);
      expect(harness.fake.calls.count(DRIVE_CREATE)).toBe(1);
      expect(harness.fake.drive.inFolder(DRIVE_FOLDER).at(-1)?.name).toMatch(/\.docx$/);
      expect(result.body["pdf"]).toEqual({
        error: "LAGESBILD_SOFFICE pekar på /finns/inte/soffice, som inte finns eller inte går att köra.",
      });
      expect(logs.find((l) => l["message"] === "no report pdf")?.["severity"]).toBe("WARNING");
    } finally {
      vi.stubEnv("LAGESBILD_SOFFICE", "");
    }
  }, 300_000);
});
