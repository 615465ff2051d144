/**
 * API calls per run for the Google Sheets source: the example's spreadsheets
 * served by the fake Google server from the tests, read through the real client.
 */
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { SHEETS_BATCH_GET, SHEETS_GET, fakeSheetsSource, googleExample, startFakeGoogle } from "../test/helpers/fake-google/index.ts";
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
