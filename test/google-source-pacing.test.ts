import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GOOGLE_ENV, loadGoogleConfig } from "../src/config/google.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { textRules } from "../src/report/outline/outline.ts";
import { googleSourceFromConfig } from "../src/sources/google/from-config.ts";
import { QUOTA_WINDOW_MS, readPacer } from "../src/sources/google/read-pacer.ts";
import {
  fakeGoogleAuth,
  putManySpreadsheets,
  manualTimer,
  virtualTimer,
  SHEETS_BATCH_GET,
  SHEETS_GET,
  startFakeGoogle,
  type FakeGoogle,
  type ManualTimer,
} from "./helpers/fake-google/index.ts";

describe("the per-minute budget of reads", () => {
  // 60 per minute: a burst of 60/20 = 3, then 54 − 3 = 51 per minute, one every 60 000/51 ms.
  const interval = 60_000 / 51;

  it("lets a burst of three go at once, then one read every 60/51 s, in the order asked", async () => {
    const timer = manualTimer();
    const pacer = readPacer(60, timer);
    const granted: number[] = [];
    for (let i = 0; i < 100; i++) {
      await pacer.take();
      granted.push(timer.now());
    }
    expect(granted.slice(0, 3)).toEqual([0, 0, 0]);
    expect(granted[3]).toBeCloseTo(interval, 6);
    expect(granted[99]).toBeCloseTo(97 * interval, 6);
    // Never more than nine tenths of the quota in any 60 s.
    const busiest = Math.max(...granted.map((t) => granted.filter((u) => u >= t && u < t + 60_000).length));
    expect(busiest).toBe(54);
  });

  it("after a 429 lets nothing through for a whole minute, then refills from empty, slower", async () => {
    const timer = manualTimer();
    const pacer = readPacer(60, timer);
    for (let i = 0; i < 3; i++) await pacer.take();
    expect(pacer.quotaExceeded()).toBe(QUOTA_WINDOW_MS);
    await pacer.take();
    expect(timer.now()).toBeCloseTo(60_000, 6);
    await pacer.take();
    // …at a slower pace: 51 × 0,8 → 40 a minute.
    expect(timer.now()).toBeCloseTo(60_000 + 60_000 / 40, 6);
  });
});

describe("a source of 100 spreadsheets against Google's per-minute quota", () => {
  let fake: FakeGoogle;
  let outline: Awaited<ReturnType<typeof loadOutline>>;
  beforeAll(async () => {
    fake = await startFakeGoogle();
    outline = await loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`);
  });
  afterEach(() => {
    fake.quota.off();
    fake.calls.reset();
  });
  afterAll(() => fake.close());

  async function readAll(centralId: string, timer: ManualTimer, env: Record<string, string> = {}) {
    const config = loadGoogleConfig({ [GOOGLE_ENV.central]: centralId, [GOOGLE_ENV.rootUrl]: fake.rootUrl, ...env });
    const source = googleSourceFromConfig(config, { auth: fakeGoogleAuth(), timer });
    return loadProgramme(source, textRules(outline));
  }

  it("reads every workbook without one 429, one get and one batchGet each, within the quota", async () => {
    const { centralId, ids } = await putManySpreadsheets(fake, 100);
    const timer = virtualTimer(fake.calls);
    fake.quota.enforce(60, timer.now);

    const { programme, problems } = await readAll(centralId, timer);

    expect(programme.workbooks).toHaveLength(100);
    expect(programme.workbooks.filter((w) => !w.readable)).toEqual([]);
    expect(problems.filter((p) => p.code === "source-unavailable")).toEqual([]);
    expect(fake.quota.refused).toBe(0);
    expect(fake.quota.busiestMinute()).toBeLessThanOrEqual(60);
    for (const id of ids) expect([fake.calls.count(SHEETS_GET, id), fake.calls.count(SHEETS_BATCH_GET, id)]).toEqual([1, 1]);
  });

  it("loses no workbook when the quota is smaller than configured: each 429 waits for the refill", async () => {
    const { centralId } = await putManySpreadsheets(fake, 100);
    const timer = manualTimer();
    // Another program spends half the account's quota: only 30 reads a minute are left for this run.
    fake.quota.enforce(30, timer.now);

    const { programme, problems } = await readAll(centralId, timer);

    expect(fake.quota.refused).toBeGreaterThan(0);
    expect(programme.workbooks.filter((w) => !w.readable)).toEqual([]);
    expect(problems.filter((p) => p.code === "source-unavailable")).toEqual([]);
    // A few 429s, not a storm: after each the whole run waits for the refill and slows down.
    expect(fake.quota.refused).toBeLessThanOrEqual(6);
    // 200 reads at no more than 30 a minute take more than six minutes.
    expect(timer.now()).toBeGreaterThan(6 * 60_000);
  });

  it("without the budget (reads per minute far above the quota) meets a storm of 429s", async () => {
    const { centralId } = await putManySpreadsheets(fake, 100);
    const timer = virtualTimer(fake.calls);
    fake.quota.enforce(60, timer.now);

    await readAll(centralId, timer, { [GOOGLE_ENV.readsPerMinute]: "3000" });

    // The first 60 reads go through at once and the next are refused: the fake really enforces the quota.
    expect(fake.quota.refused).toBeGreaterThan(0);
    expect(fake.quota.busiestMinute()).toBe(60);
  });
});
