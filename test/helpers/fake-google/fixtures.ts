import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Fault } from "./faults.ts";

/** Where Google's answers are kept: constructed ones shipped with the tests, recorded ones written by the smoke check. */
export const FIXTURE_DIR = "test/fixtures/google";

/**
 * One answer of a Google API, as the smoke check records it (`recorded: true`,
 * with the project and date) or as constructed from Google's documented
 * shapes (`recorded: false`). The fake server replays it byte for byte.
 */
export interface GoogleFixture {
  readonly recorded: boolean;
  readonly note?: string;
  /** `sheets`, `drive` or `storage`. */
  readonly api: string;
  /** The REST method, e.g. `spreadsheets.get`. */
  readonly call: string;
  readonly response: { readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body: unknown };
}

export function loadFixture(name: string, dir = FIXTURE_DIR): GoogleFixture {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as GoogleFixture;
}

/** Every fixture in the folder by name (file name without `.json`). */
export function allFixtures(dir = FIXTURE_DIR): Map<string, GoogleFixture> {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  return new Map(names.map((f) => [f.slice(0, -5), loadFixture(f.slice(0, -5), dir)]));
}

/** A fault that answers with the fixture's status, headers and body. */
export function replay(fixture: GoogleFixture): Fault {
  return {
    kind: "reply",
    status: fixture.response.status,
    body: fixture.response.body,
    ...(fixture.response.headers ? { headers: fixture.response.headers } : {}),
  };
}
