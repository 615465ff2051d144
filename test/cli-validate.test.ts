import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { placeOf } from "../src/validation/place.ts";
import type { Problem } from "../src/validation/problem.ts";
import { cli } from "./helpers/cli.ts";
import { messy, TempFolders } from "./helpers/workbooks.ts";

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const JSON_KEYS = ["code", "column", "expected", "header", "link", "message", "row", "severity", "sheet", "value", "workbook"];

describe("lagesbild validate", () => {
  it("exits 0 on the Delrapport 1 example, grouped by workbook, without a single warning", async () => {
    const { code, stdout } = await cli("validate", "examples/delrapport-1");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^central\.xlsx: inga problem$/m);
    expect(stdout.match(/: inga problem$/gm)).toHaveLength(12);
    expect(stdout).toMatch(/^Totalt: inga problem i 12 arbetsböcker\.$/m);
  });

  it("lists only the errors with --errors-only, and says how many warnings it leaves out", async () => {
    const { code, stdout } = await cli("validate", messy("invalid"), "--errors-only");
    expect(code).toBe(1);
    expect(stdout).not.toContain("VARNING");
    expect(stdout).toContain("smf.xlsx: 23 fel och 3 varningar\n");
    expect(stdout).toContain("  (3 varningar visas inte: kör utan --errors-only för att se dem)\n");
    expect(stdout).toContain("  (1 varning visas inte: kör utan --errors-only för att se dem)\n");
    const json = JSON.parse((await cli("validate", messy("invalid"), "--json", "--errors-only")).stdout) as Problem[];
    expect(json.length).toBeGreaterThan(30);
    expect(json.every((p) => p.severity === "error")).toBe(true);
  });

  it("exits 1 on workbooks with errors, and names every problem with its place and a Swedish message", async () => {
    const { code, stdout } = await cli("validate", messy("invalid"));
    expect(code).toBe(1);
    const problems = JSON.parse((await cli("validate", messy("invalid"), "--json")).stdout) as Problem[];
    const errors = problems.filter((p) => p.severity === "error");
    expect(errors.length).toBeGreaterThan(30);
    for (const p of problems) {
      const label = p.severity === "error" ? "FEL    " : "VARNING";
      const place = placeOf({ ...p, ...(p.row === null ? { row: undefined } : {}) } as Problem);
      expect(stdout).toContain(`  ${label} ${place ? `${place}: ` : ""}${p.message}\n`);
    }
    for (const workbook of ["central.xlsx", "smf.xlsx", "bostader.xlsx"]) {
      const own = problems.filter((p) => p.workbook === workbook);
      const e = own.filter((p) => p.severity === "error").length;
      const w = own.length - e;
      expect(stdout).toContain(`${workbook}: ${e} fel och ${w} ${w === 1 ? "varning" : "varningar"}\n`);
    }
    expect(stdout).toContain(`Totalt: ${errors.length} fel och ${problems.length - errors.length} varningar i 3 arbetsböcker.`);
  });

  it("prints --json as an array of located problems", async () => {
    const { code, stdout } = await cli("validate", messy("invalid"), "--json");
    expect(code).toBe(1);
    const problems = JSON.parse(stdout) as Record<string, unknown>[];
    for (const p of problems) expect(Object.keys(p).sort()).toEqual(JSON_KEYS);
    expect(problems.find((p) => p["value"] === "nope")).toEqual({
      workbook: "smf.xlsx",
      sheet: "Aktiviteter",
      row: 4,
      column: "M",
      header: "Källor",
      value: "nope",
      expected: "källorna på bladen Källor",
      code: "ref-unknown",
      severity: "error",
      message: "”nope” finns inte bland källorna på bladen Källor.",
      link: null,
    });
    expect(problems.find((p) => p["code"] === "sheet-unknown")).toMatchObject({
      workbook: "central.xlsx",
      sheet: "Blad1",
      row: null,
      column: null,
      severity: "warning",
    });
  });

  it("exits 2 when the folder does not exist", async () => {
    const { code, stderr, stdout } = await cli("validate", join(messy(), "finns-inte"));
    expect(code).toBe(2);
    expect(stderr).toContain("finns inte");
    expect(stdout).toBe("");
  });

  it("exits 2 when the central workbook cannot be read, naming the file", async () => {
    const dir = await temp.copyOf(messy("valid"), { "central.xlsx": messy("files", "password-protected.xlsx") });
    const { code, stdout } = await cli("validate", dir, "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toContainEqual(
      expect.objectContaining({ workbook: "central.xlsx", code: "file-encrypted", severity: "error" }),
    );
  });

  it("exits 2 when a block workbook cannot be read, and still reports on the others", async () => {
    const dir = await temp.copyOf(messy("valid"), { "bostader.xlsx": messy("files", "old-binary.xls") });
    const { code, stdout } = await cli("validate", dir);
    expect(code).toBe(2);
    expect(stdout).toContain("bostader.xlsx: 1 fel och 0 varningar\n  FEL     Filen är i det gamla Excel-formatet (.xls).");
    expect(stdout).toContain("energi.xlsx: inga problem");
    expect(stdout).toContain("central.xlsx: 0 fel och 1 varning");
  });

  it.each([
    [
      ["validate", "--help"],
      [
        "Användning: lagesbild validate [flaggor] <source>",
        "Kontrollera arbetsböckerna",
        "--json",
        "Slutkod: 0 inga fel, 1 fel i arbetsböckerna, 2",
      ],
    ],
    [
      ["init", "--help"],
      ["Användning: lagesbild init [flaggor] [dir]", "--force", "--gsheets", "--dry-run"],
    ],
    [["--help"], ["Användning:", "validate", "init"]],
    [
      ["help", "validate"],
      ["Användning:", "--json"],
    ],
  ])("shows help in Swedish for %j and exits 0", async (argv, words) => {
    const { code, stdout } = await cli(...argv);
    expect(code).toBe(0);
    for (const w of words) expect(stdout).toContain(w);
  });

  it.each([
    [["validate"], "argumentet"],
    [["validate", messy("valid"), "--jsonn"], "okänd flagga"],
    [["validate", messy("valid"), messy("invalid")], "för många argument"],
  ])("exits 2 on wrong usage %j", async (argv, words) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(words);
  });
});
