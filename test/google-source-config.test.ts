import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSource } from "../src/app/adapters/build-source.ts";
import { silentLogger } from "../src/app/log.ts";
import { createPorts } from "../src/app/ports.ts";
import { GOOGLE_ENV, loadGoogleConfig } from "../src/config/google.ts";
import { ConfigError, EXIT, exitCodeOf } from "../src/shared/errors.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { textRules } from "../src/report/outline/outline.ts";
import { googleSourceFromConfig } from "../src/sources/google/from-config.ts";
import { fakeGoogleAuth, fault, googleExample, SHEETS_BATCH_GET, startFakeGoogle, type FakeGoogle } from "./helpers/fake-google/index.ts";

const ID = "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms";
const central = { [GOOGLE_ENV.central]: ID };

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadGoogleConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe("the Google configuration", () => {
  it("has bounded retries, a timeout, a concurrency of four and Google's 60 reads a minute by default", () => {
    expect(loadGoogleConfig(central)).toEqual({
      centralSpreadsheetId: ID,
      // Three minutes per spreadsheet: past the minute a 429 waits for the quota to refill.
      retry: { maxAttempts: 6, budgetMs: 180_000, baseDelayMs: 1_000, maxDelayMs: 32_000 },
      timeoutMs: 20_000,
      concurrency: 4,
      readsPerMinute: 60,
    });
  });

  it("takes the id out of a spreadsheet's address and reads every setting", () => {
    const config = loadGoogleConfig({
      [GOOGLE_ENV.central]: `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`,
      [GOOGLE_ENV.maxAttempts]: "3",
      [GOOGLE_ENV.budgetMs]: "30000",
      [GOOGLE_ENV.baseDelayMs]: "500",
      [GOOGLE_ENV.maxDelayMs]: "4000",
      [GOOGLE_ENV.timeoutMs]: "10000",
      [GOOGLE_ENV.concurrency]: "2",
      [GOOGLE_ENV.readsPerMinute]: "300",
      [GOOGLE_ENV.rootUrl]: "http://127.0.0.1:9999/",
    });
    expect(config).toEqual({
      centralSpreadsheetId: ID,
      retry: { maxAttempts: 3, budgetMs: 30_000, baseDelayMs: 500, maxDelayMs: 4_000 },
      timeoutMs: 10_000,
      concurrency: 2,
      readsPerMinute: 300,
      rootUrl: "http://127.0.0.1:9999/",
    });
  });

  it.each([
    [GOOGLE_ENV.central, "", /saknas/],
    [GOOGLE_ENV.central, "central.xlsx", /varken ett Google-kalkylarks id eller en adress/],
    [GOOGLE_ENV.maxAttempts, "0", /heltal från 1 till 10/],
    [GOOGLE_ENV.maxAttempts, "tre", /heltal från 1 till 10/],
    [GOOGLE_ENV.budgetMs, "1e5", /heltal från 1000 till 900000/],
    [GOOGLE_ENV.readsPerMinute, "5", /heltal från 10 till 3000/],
    [GOOGLE_ENV.timeoutMs, "-5", /heltal från 100 till 300000/],
    [GOOGLE_ENV.concurrency, "50", /heltal från 1 till 10/],
    [GOOGLE_ENV.rootUrl, "localhost:8080", /börjar med http/],
  ])("refuses %s=%j in Swedish, naming the variable", (name, value, message) => {
    const problems = problemsOf({ ...central, [name]: value });
    expect(problems).toEqual([expect.stringMatching(message)]);
    expect(problems[0]).toContain(name);
  });

  it("names every problem at once", () => {
    const problems = problemsOf({ [GOOGLE_ENV.maxAttempts]: "0", [GOOGLE_ENV.concurrency]: "x", [GOOGLE_ENV.rootUrl]: "ftp://x" });
    expect(problems.map((p) => p.split(" ")[0])).toEqual([
      GOOGLE_ENV.central,
      GOOGLE_ENV.maxAttempts,
      GOOGLE_ENV.concurrency,
      GOOGLE_ENV.rootUrl,
    ]);
  });

  it("refuses a backoff cap below its base", () => {
    expect(problemsOf({ ...central, [GOOGLE_ENV.baseDelayMs]: "5000", [GOOGLE_ENV.maxDelayMs]: "1000" })).toEqual([
      `${GOOGLE_ENV.maxDelayMs} får inte vara mindre än ${GOOGLE_ENV.baseDelayMs}.`,
    ]);
  });
});

/** The source a command line argument names, through the same ports as every command. */
async function openSource(arg: string, env: Record<string, string>) {
  return createPorts(env, { source: buildSource }, { log: silentLogger(), flags: { source: arg } }).openSource();
}

describe("the command line's gsheets source", () => {
  it.each([
    ["gsheets:<id>", `gsheets:${ID}`, {}],
    ["gsheets:<address>", `gsheets:https://docs.google.com/spreadsheets/d/${ID}/edit`, {}],
    ["gsheets with the id in the environment", "gsheets", central],
  ])("%s opens the central spreadsheet", async (_what, arg, env) => {
    const source = await openSource(arg, env);
    expect(source.description).toBe(`https://docs.google.com/spreadsheets/d/${ID}/edit`);
    await source.close();
  });

  it("is a configuration error (exit code 2), every problem named, when the configuration is wrong", async () => {
    const error = await openSource("gsheets", { [GOOGLE_ENV.concurrency]: "0" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(exitCodeOf(error as ConfigError)).toBe(EXIT.usage);
    expect((error as Error).message).toMatch(new RegExp(`${GOOGLE_ENV.central}[^]*${GOOGLE_ENV.concurrency}`));
  });
});

describe("a source built from the configuration", () => {
  let fake: FakeGoogle;
  beforeAll(async () => {
    fake = await startFakeGoogle();
  });
  afterAll(() => fake.close());

  it("reads the example from the address and with the retry bounds configured", async () => {
    const example = await googleExample();
    fake.spreadsheets.put(...example.spreadsheets);
    fake.faults.inject(SHEETS_BATCH_GET, example.centralId, fault.serverError(), fault.serverError());
    const config = loadGoogleConfig({
      [GOOGLE_ENV.central]: example.centralId,
      [GOOGLE_ENV.rootUrl]: fake.rootUrl,
      [GOOGLE_ENV.maxAttempts]: "2",
      [GOOGLE_ENV.baseDelayMs]: "10",
      [GOOGLE_ENV.maxDelayMs]: "10",
    });
    const source = googleSourceFromConfig(config, { auth: fakeGoogleAuth() });
    const rules = textRules(await loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`));
    const { problems } = await loadProgramme(source, rules).finally(() => source.close());
    expect(fake.calls.count(SHEETS_BATCH_GET, example.centralId)).toBe(2);
    expect(problems.filter((p) => p.code === "source-unavailable").map((p) => p.workbook)).toEqual([example.centralId]);
  });
});
