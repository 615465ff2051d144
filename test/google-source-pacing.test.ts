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
  it("lets nine tenths of the quota go at once, then each read a minute after the one 54 turns before it", async () => {
    const timer = manualTimer();
    const pacer = readPacer(60, timer);
    const granted: number[] = [];
    for (let i = 0; i < 120; i++) {
      await pacer.take();
      granted.push(timer.now());
    }
    // 60 × 0,9 = 54 a minute: turns 1–54 at once, 55–108 after a minute, 109–120 after two.
    expect(granted.slice(0, 54)).toEqual(Array(54).fill(0));
    expect(granted.slice(54, 108)).toEqual(Array(54).fill(60_000));
    expect(granted.slice(108)).toEqual(Array(12).fill(120_000));
  });

  it("after a 429 lets nothing through for a whole minute, then allows a fifth less", async () => {
    const timer = manualTimer();
    const pacer = readPacer(60, timer);
    for (let i = 0; i < 3; i++) await pacer.take();
    expect(pacer.quotaExceeded()).toBe(QUOTA_WINDOW_MS);
    const granted: number[] = [];
    for (let i = 0; i < 44; i++) {
      await pacer.take();
      granted.push(timer.now());
    }
    // 54 × 0,8 → 43 a minute: turns 4–46 at the refill, turn 47 a minute after turn 4.
    expect(granted.slice(0, 43)).toEqual(Array(43).fill(60_000));
    expect(granted[43]).toBe(120_000);
  });

  it("holds a read that was already waiting when the 429 came until the refill", async () => {
    const timer = virtualTimer({ busy: () => false, lastAt: () => 0 });
    const pacer = readPacer(10, timer);
    for (let i = 0; i < 9; i++) await pacer.take();
    // The tenth read's turn is at 60 s; a 429 at 30 s moves the refill to 90 s.
    const tenth = pacer.take().then(() => timer.now());
    await timer.sleep(30_000);
    pacer.quotaExceeded();
    expect(await tenth).toBe(90_000);
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
    const timer = virtualTimer(fake.calls, 4);
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
    // One spreadsheet at a time, so the virtual clock knows exactly when the one reader sleeps.
    const timer = virtualTimer(fake.calls, 1);
    // Another program spends half the account's quota: only 30 reads a minute are left for this run.
    fake.quota.enforce(30, timer.now);

    const { programme, problems } = await readAll(centralId, timer, { [GOOGLE_ENV.concurrency]: "1" });

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
    const timer = virtualTimer(fake.calls, 4);
    fake.quota.enforce(60, timer.now);

    await readAll(centralId, timer, { [GOOGLE_ENV.readsPerMinute]: "3000" });

    // The first 60 reads go through at once and the next are refused: the fake really enforces the quota.
    expect(fake.quota.refused).toBeGreaterThan(0);
    expect(fake.quota.busiestMinute()).toBe(60);
  });
});
