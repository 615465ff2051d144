/**
 * API calls per run for the Google Sheets source: the example's spreadsheets
 * served by the fake Google server from the tests, read through the real client.
 */
import { GOOGLE_ENV, loadGoogleConfig } from "../src/config/google.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { googleSourceFromConfig } from "../src/sources/google/from-config.ts";
import {
  SHEETS_BATCH_GET,
  SHEETS_GET,
  fakeGoogleAuth,
  fakeSheetsSource,
  googleExample,
  putManySpreadsheets,
  startFakeGoogle,
  virtualTimer,
} from "../test/helpers/fake-google/index.ts";
import { BENCH_RULES } from "./rules.ts";

export interface GoogleCalls {
  readonly spreadsheets: number;
  readonly metadata: number;
  readonly batchGet: number;
  readonly ms: number;
}

export async function measureGoogleCalls(): Promise<GoogleCalls> {
  const fake = await startFakeGoogle();
  try {
    const example = await googleExample();
    fake.spreadsheets.put(...example.spreadsheets);
    const source = fakeSheetsSource(fake, example.centralId);
    const started = performance.now();
    await loadProgramme(source, { ...BENCH_RULES, generatedFootnotes: ["startar-senare"] });
    return {
      spreadsheets: example.spreadsheets.length,
      metadata: fake.calls.count(SHEETS_GET),
      batchGet: fake.calls.count(SHEETS_BATCH_GET),
      ms: Math.round(performance.now() - started),
    };
  } finally {
    await fake.close();
  }
}

export interface PacedCalls {
  readonly spreadsheets: number;
  readonly calls: number;
  /** The most calls Google saw within one minute. */
  readonly busiestMinute: number;
  /** 429s the quota answered. */
  readonly refused: number;
  readonly unreadable: number;
  /** How long the reads take at that pace, on the virtual clock. */
  readonly minutes: number;
}

/**
 * Calls per minute with the default pacing: 100 spreadsheets through the
 * configured source, against the fake server enforcing Google's 60 reads per
 * minute per user, on a virtual clock (nothing really waits a minute).
 */
export async function measurePacedCalls(count = 100): Promise<PacedCalls> {
  const fake = await startFakeGoogle();
  try {
    const { centralId } = await putManySpreadsheets(fake, count);
    const timer = virtualTimer(fake.calls, 4);
    fake.quota.enforce(60, timer.now);
    const config = loadGoogleConfig({ [GOOGLE_ENV.central]: centralId, [GOOGLE_ENV.rootUrl]: fake.rootUrl });
    const { programme } = await loadProgramme(googleSourceFromConfig(config, { auth: fakeGoogleAuth(), timer }), {
      ...BENCH_RULES,
      generatedFootnotes: ["startar-senare"],
    });
    return {
      spreadsheets: count,
      calls: fake.quota.count(),
      busiestMinute: fake.quota.busiestMinute(),
      refused: fake.quota.refused,
      unreadable: programme.workbooks.filter((w) => !w.readable).length,
      minutes: fake.quota.span() / 60_000,
    };
  } finally {
    await fake.close();
  }
}
