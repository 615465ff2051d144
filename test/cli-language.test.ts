/** The command line speaks one language: Commander's own mistakes, help extras and system errors in Swedish. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { systemErrorText, writeFailureText } from "../src/shared/system-errors.ts";
import { cli } from "./helpers/cli.ts";

const EXAMPLE = "examples/delrapport-1";

describe("the command line in Swedish", () => {
  it.each([
    [["validate", EXAMPLE, "--jsonn"], "fel: okänd flagga --jsonn (menade du --json?)"],
    [["valdate", EXAMPLE], "fel: okänt kommando valdate (menade du validate?)"],
    [["validate"], "fel: lagesbild validate: argumentet <source> saknas"],
    [["report", EXAMPLE], "fel: lagesbild report: flaggan --report <nummer> måste anges"],
    [["report", EXAMPLE, "--report"], "fel: flaggan --report <nummer> saknar värde"],
    [["validate", EXAMPLE, EXAMPLE], `fel: lagesbild validate: för många argument: 1 väntades men 2 gavs (${EXAMPLE} ${EXAMPLE})`],
  ])("says %j wrongly used in Swedish, with a suggestion where one is close", async (argv, said) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(said);
    expect(stderr).not.toMatch(/error:|Did you mean|required option|unknown|missing|too many/);
  });

  it("says the defaults in the help in Swedish", async () => {
    const { stdout } = await cli("run", "--help");
    expect(stdout).toMatch(/\(standard:\s+out\)/);
    expect(stdout).not.toContain("default");
  });

  it("prints its version with --version", async () => {
    const { version } = JSON.parse(await readFile("package.json", "utf8")) as { version: string };
    const { code, stdout } = await cli("--version");
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it("says so when a file is given where the folder of workbooks is expected", async () => {
    const { code, stderr } = await cli("validate", join(EXAMPLE, "central.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toContain(`${join(EXAMPLE, "central.xlsx")} är en fil, inte en mapp. Ange mappen som innehåller central.xlsx`);
    expect(stderr).not.toContain("finns inte");
  });

  it("names a missing folder for --out instead of Node's ENOENT", async () => {
    const { code, stderr } = await cli("report", EXAMPLE, "--report", "1", "--out", "/nonexistent-lagesbild/x.docx");
    expect(code).toBe(2);
    expect(stderr).toContain("Kunde inte skriva /nonexistent-lagesbild/x.docx: mappen /nonexistent-lagesbild finns inte.");
    expect(stderr).not.toContain("ENOENT");
  });

  it.each([
    ["ENOENT", "Filen eller mappen /a/b finns inte. Kontrollera sökvägen."],
    ["EACCES", "lagesbild får inte läsa eller skriva /a/b. Kontrollera behörigheterna."],
    ["ENOSPC", "Disken är full: /a/b kunde inte skrivas."],
  ])("explains the system error %s in Swedish", (code, text) => {
    const error = Object.assign(new Error(`${code}: something`), { code, path: "/a/b" });
    expect(systemErrorText(error)).toBe(text);
    expect(writeFailureText("/a/b", error)).toContain("Kunde inte skriva /a/b: ");
  });

  it("leaves an error that is not the file system's to the caller", () => {
    expect(systemErrorText(new Error("något annat"))).toBeUndefined();
  });
});
