/**
 * The README: "Exit codes everywhere: 0 all well, 1 errors in the workbooks
 * (or something that could not be sent), 2 wrong usage or input that cannot
 * be read, 70 an internal error". Every command that reads the workbooks is
 * run on the same workbooks with errors and must say 1.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_CODE, HTTP_STATUS, ERROR_CODES } from "../src/shared/errors.ts";
import { cli } from "./helpers/cli.ts";
import { messy } from "./helpers/workbooks.ts";

describe("exit codes on workbooks with errors", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "lagesbild-exit-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ["validate", () => ["validate", messy("invalid")]],
    ["indicators", () => ["indicators", messy("invalid"), "--as-of", "2024-09-18"]],
    ["summary", () => ["summary", messy("invalid"), "--as-of", "2024-09-18", "--dry-run", "--state", join(dir, "state")]],
  ])("%s exits 1", async (_name, argv) => {
    const { code } = await cli(...argv());
    expect(code).toBe(1);
  });

  it("summary says why it exits 1 when everything was sent", async () => {
    const { code, stdout, stderr } = await cli(
      "summary",
      messy("invalid"),
      "--as-of",
      "2024-09-18",
      "--dry-run",
      "--state",
      join(dir, "state"),
    );
    expect(code).toBe(1);
    expect(stdout).toContain("0 mottagare vägrade");
    expect(stderr).toContain("Arbetsböckerna har fel");
  });
});

describe("error codes", () => {
  it("map to an exit code and an HTTP status each, the command line's in 1–2 and the functions' 4xx or 5xx", () => {
    for (const code of ERROR_CODES) {
      expect([1, 2]).toContain(EXIT_CODE[code]);
      expect(HTTP_STATUS[code] >= 400 && HTTP_STATUS[code] < 600).toBe(true);
    }
    expect([EXIT_CODE["report-not-found"], HTTP_STATUS["report-not-found"]]).toEqual([2, 404]);
    expect([EXIT_CODE["source-unavailable"], HTTP_STATUS["source-unavailable"]]).toEqual([2, 502]);
    expect([EXIT_CODE.incomplete, HTTP_STATUS.incomplete]).toEqual([1, 500]);
  });
});
