import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { textRules } from "../src/report/outline/outline.ts";
import { backoffMs } from "../src/shared/retry.ts";
import type { WorkbookOutcome } from "../src/sources/workbook-source.ts";
import {
  fault,
  fakeSheetsSource,
  fakeSpreadsheetId,
  googleExample,
  manualTimer,
  SHEETS_BATCH_GET,
  SHEETS_GET,
  startFakeGoogle,
  TEST_RETRY,
  type Fault,
  type FakeGoogle,
  type FakeSpreadsheet,
} from "./helpers/fake-google/index.ts";

let fake: FakeGoogle;
const id = fakeSpreadsheetId("retried");
const spreadsheet: FakeSpreadsheet = {
  id,
  title: "Energi",
  sheets: [
    {
      title: "Aktiviteter",
      values: [
        ["Id", "Titel"],
        ["EN-1", "Möte"],
      ],
    },
  ],
};

beforeAll(async () => {
  fake = await startFakeGoogle();
  fake.spreadsheets.put(spreadsheet);
});
afterEach(() => {
  fake.calls.reset();
  fake.faults.clear();
});
afterAll(() => fake.close());

function problemsOf(outcome: WorkbookOutcome) {
  return outcome.ok ? [] : outcome.problems.map((p) => ({ code: p.code, workbook: p.workbook, message: p.message }));
}

describe("retrying a call that fails for a while", () => {
  const endpoints = [SHEETS_GET, SHEETS_BATCH_GET];
  const cases: [string, Fault[]][] = [
    ["429 Too Many Requests", [fault.tooManyRequests(), fault.tooManyRequests()]],
    ["500 Internal Server Error", [fault.serverError(500)]],
    ["503 then 502", [fault.serverError(503), fault.serverError(502)]],
    ["a 403 that says rateLimitExceeded", [fault.status(403, "rateLimitExceeded")]],
    ["an answer slower than the timeout", [fault.slow(4_000)]],
    ["truncated JSON", [fault.truncate()]],
    ["a connection dropped half-way", [fault.drop()]],
  ];

  it.each(endpoints.flatMap((e) => cases.map(([what, faults]) => [e, what, faults] as const)))(
    "%s recovers from %s, one more call than faults, one wait per fault",
    async (endpoint, _what, faults) => {
      fake.faults.inject(endpoint, id, ...faults);
      const timer = manualTimer();
      const outcome = await fakeSheetsSource(fake, id, { timer, retry: { ...TEST_RETRY, attemptTimeoutMs: 1_000 } }).readCentral();
      expect(problemsOf(outcome)).toEqual([]);
      expect(outcome.ok && outcome.workbook.sheets[0]?.rows.length).toBe(2);
      expect(fake.calls.count(endpoint, id)).toBe(faults.length + 1);
      expect(timer.sleeps).toHaveLength(faults.length);
    },
  );

  it("waits at least as long as Retry-After says", async () => {
    fake.faults.inject(SHEETS_BATCH_GET, id, fault.tooManyRequests(7));
    const timer = manualTimer(() => 0);
    const outcome = await fakeSheetsSource(fake, id, { timer }).readCentral();
    expect(outcome.ok).toBe(true);
    expect(timer.sleeps).toEqual([7_000]);
  });

  it("backs off exponentially with full jitter, within the cap", async () => {
    fake.faults.always(SHEETS_GET, id, fault.serverError(500));
    const timer = manualTimer(() => 0.999);
    await fakeSheetsSource(fake, id, {
      timer,
      retry: { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 5_000, attemptTimeoutMs: 5_000 },
    }).readCentral();
    expect(timer.sleeps).toEqual([999, 1_998, 3_996, 4_995, 4_995]);
  });

  it.each([
    [0, 1, 0],
    [0.5, 1, 500],
    [0.5, 3, 2_000],
    [0.999, 4, 7_992],
    [0.999, 10, 7_992],
  ])("with dice %s, retry %i waits %i ms (base 1 s, cap 8 s)", (dice, retry, wait) => {
    expect(backoffMs(retry, { baseDelayMs: 1_000, maxDelayMs: 8_000 }, { random: () => dice })).toBe(wait);
  });
});

describe("giving up", () => {
  it("after the attempts allowed, with a Swedish problem naming the spreadsheet", async () => {
    fake.faults.always(SHEETS_BATCH_GET, id, fault.serverError(503));
    const timer = manualTimer();
    const outcome = await fakeSheetsSource(fake, id, { timer }).readCentral();
    expect(fake.calls.count(SHEETS_BATCH_GET, id)).toBe(TEST_RETRY.maxAttempts);
    expect(timer.sleeps).toHaveLength(TEST_RETRY.maxAttempts - 1);
    expect(problemsOf(outcome)).toEqual([
      {
        code: "source-unavailable",
        workbook: id,
        message: expect.stringMatching(new RegExp(`${id} gick inte att hämta efter ${TEST_RETRY.maxAttempts} försök .*HTTP 503`)),
      },
    ]);
  });

  it("within the time allowed per spreadsheet, however many attempts are left", async () => {
    fake.faults.always(SHEETS_GET, id, fault.tooManyRequests());
    const timer = manualTimer(() => 0.999);
    const budgetMs = 20_000;
    const outcome = await fakeSheetsSource(fake, id, { timer, budgetMs, retry: { ...TEST_RETRY, maxAttempts: 10 } }).readCentral();
    expect(timer.now()).toBeLessThanOrEqual(budgetMs);
    expect(fake.calls.count(SHEETS_GET, id)).toBeLessThan(10);
    expect(problemsOf(outcome)[0]?.message).toMatch(/HTTP 429, för många anrop/);
  });

  it("at once when Retry-After is beyond the time allowed", async () => {
    fake.faults.always(SHEETS_GET, id, fault.tooManyRequests(120));
    const timer = manualTimer();
    const outcome = await fakeSheetsSource(fake, id, { timer, budgetMs: 60_000 }).readCentral();
    expect([fake.calls.count(SHEETS_GET, id), timer.sleeps.length, outcome.ok]).toEqual([1, 0, false]);
  });

  it("after timeouts on every attempt, saying so", async () => {
    fake.faults.always(SHEETS_GET, id, fault.slow(5_000));
    const started = performance.now();
    const outcome = await fakeSheetsSource(fake, id, {
      timer: manualTimer(),
      retry: { ...TEST_RETRY, maxAttempts: 2, attemptTimeoutMs: 200 },
    }).readCentral();
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(fake.calls.count(SHEETS_GET, id)).toBe(2);
    expect(problemsOf(outcome)[0]?.message).toMatch(/inget svar inom 0,2 s/);
  });

  it.each([
    ["404, a spreadsheet that does not exist", fault.status(404), /finns inte/],
    ["403, a spreadsheet not shared with the service account", fault.status(403), /har inte läsbehörighet/],
    ["400, a request Google rejects", fault.status(400), /avvisade anropet/],
  ])("at once on %s", async (_what, f, message) => {
    fake.faults.always(SHEETS_GET, id, f);
    const timer = manualTimer();
    const outcome = await fakeSheetsSource(fake, id, { timer }).readCentral();
    expect(fake.calls.count(SHEETS_GET, id)).toBe(1);
    expect(timer.sleeps).toEqual([]);
    expect(problemsOf(outcome)).toEqual([{ code: "source-unavailable", workbook: id, message: expect.stringMatching(message) }]);
  });
});

describe("one spreadsheet failing", () => {
  it("is reported for that workbook while every other workbook is read", async () => {
    const example = await googleExample();
    const idOf = (file: string) => example.idOf.get(file)!;
    const missing = idOf("bostader.xlsx");
    fake.spreadsheets.put(...example.spreadsheets.filter((s) => s.id !== missing));
    fake.faults
      .always(SHEETS_GET, idOf("energi.xlsx"), fault.status(403))
      .always(SHEETS_BATCH_GET, idOf("smf.xlsx"), fault.serverError(500))
      .always(SHEETS_BATCH_GET, idOf("finansiering.xlsx"), fault.truncate());
    const rules = textRules(await loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`));
    const source = fakeSheetsSource(fake, example.centralId, { timer: manualTimer() });
    const { programme, problems } = await loadProgramme(source, rules);

    const failed = [missing, idOf("energi.xlsx"), idOf("smf.xlsx"), idOf("finansiering.xlsx")];
    expect(
      problems
        .filter((p) => p.code === "source-unavailable")
        .map((p) => p.workbook)
        .sort(),
    ).toEqual([...failed].sort());
    const unreadable = programme.workbooks.filter((w) => !w.readable).map((w) => [w.name, w.owner]);
    expect(unreadable.sort()).toEqual(
      [
        [idOf("energi.xlsx"), "energi"],
        [idOf("finansiering.xlsx"), "finansiering"],
        [missing, "bostader"],
        [idOf("smf.xlsx"), "smf"],
      ].sort(),
    );
    expect(programme.workbooks.filter((w) => w.readable)).toHaveLength(example.spreadsheets.length - failed.length);
    const owners = new Set(programme.activities.map((a) => a.owner));
    expect(owners.has("infrastruktur") && owners.has("kompetensforsorjning") && owners.has(null)).toBe(true);
    expect(owners.has("smf") || owners.has("energi")).toBe(false);
  });
});
