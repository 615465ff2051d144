/**
 * `init --update` and `init --blocks --update` on workbooks staff have been
 * filling in, saved by LibreOffice (not by lägesbild's writer): the lists
 * are refreshed and missing columns added, and not one entered value moves.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RawSheet } from "../src/sources/raw-workbook.ts";
import { readOoxml } from "../src/sources/xlsx/ooxml/read-ooxml.ts";
import { cli } from "./helpers/cli.ts";
import { LibreOffice } from "./helpers/libreoffice.ts";
import { TempFolders } from "./helpers/workbooks.ts";

const EXAMPLE = "examples/delrapport-1";
const temp = new TempFolders();
afterAll(() => temp.removeAll());

const sheetsOf = async (file: string) => (await readOoxml(await readFile(file), 1e8)).sheets;
const textsIn = (sheet: RawSheet | undefined, column: number) =>
  (sheet?.rows ?? []).slice(1).flatMap((r) => {
    const c = r.cells[column];
    return c?.kind === "text" ? [c.text] : [];
  });

let dir: string;
let before: Map<string, readonly RawSheet[]>;
let blocks: { code: number; stdout: string };
let central: { code: number; stdout: string };

beforeAll(async () => {
  dir = await temp.copyOf(EXAMPLE);
  const office = new LibreOffice(await temp.make("lagesbild-office-"));
  await office.editAndSave([
    // A goal added by the coordinator since the block workbooks were made.
    {
      from: join(EXAMPLE, "central.xlsx"),
      to: join(dir, "central.xlsx"),
      edits: [
        { sheet: "Mål", cell: "A9", text: "M4" },
        { sheet: "Mål", cell: "B9", text: "delmål" },
        { sheet: "Mål", cell: "C9", text: "Ett nytt delmål" },
      ],
    },
    // A block workbook from before the column Anmärkning (N) existed, kept in LibreOffice.
    { from: join(EXAMPLE, "energi.xlsx"), to: join(dir, "energi.xlsx"), edits: [{ sheet: "Aktiviteter", deleteColumn: "N" }] },
  ]);
  before = new Map([
    ["energi.xlsx", await sheetsOf(join(dir, "energi.xlsx"))],
    ["central.xlsx", await sheetsOf(join(dir, "central.xlsx"))],
  ]);
  blocks = await cli("init", dir, "--blocks", "--update");
  central = await cli("init", dir, "--update");
}, 180_000);

describe("init --blocks --update on a block workbook saved by LibreOffice", () => {
  it("says what it did to each workbook", () => {
    expect(blocks.code).toBe(0);
    expect(blocks.stdout).toContain(`Uppdaterade ${join(dir, "energi.xlsx")}: nya listor; la till kolumnen Aktiviteter: Anmärkning\n`);
    expect(blocks.stdout).toContain(`Uppdaterade ${join(dir, "bostader.xlsx")}: nya listor\n`);
  });

  it("offers the goal added since in the drop-down lists", async () => {
    const lists = (await sheetsOf(join(dir, "energi.xlsx"))).find((s) => s.name === "Listor");
    expect(textsIn(lists, 0)).toEqual(["M0", "M1", "M2", "M3", "E1", "E2", "E3", "M4"]);
  });

  it("adds the missing column after the others and changes no value staff entered", async () => {
    const after = await sheetsOf(join(dir, "energi.xlsx"));
    for (const old of before.get("energi.xlsx") ?? []) {
      if (old.name === "Listor") continue;
      const now = after.find((s) => s.name === old.name);
      const [oldHeader, ...oldRows] = old.rows;
      const [newHeader, ...newRows] = now?.rows ?? [];
      expect(newRows, old.name).toEqual(oldRows);
      expect(newHeader?.cells.slice(0, oldHeader?.cells.length), old.name).toEqual(oldHeader?.cells);
    }
    const header = after.find((s) => s.name === "Aktiviteter")?.rows[0]?.cells;
    expect(header?.length).toBe(14);
    expect(header?.[13]).toEqual({ kind: "text", text: "Anmärkning" });
  });

  it("leaves workbooks that still validate as before", async () => {
    const result = await cli("validate", dir);
    expect(result.stdout).toContain("Totalt: inga problem");
  });
});

describe("init --update on central.xlsx", () => {
  it("adds nothing to a workbook that has every column, and changes nothing in it", async () => {
    expect(central.code).toBe(0);
    expect(central.stdout).toBe(`Uppdaterade ${join(dir, "central.xlsx")}: inga nya kolumner eller blad\n`);
    const after = await sheetsOf(join(dir, "central.xlsx"));
    expect(after.map((s) => ({ name: s.name, rows: s.rows }))).toEqual(
      (before.get("central.xlsx") ?? []).map((s) => ({ name: s.name, rows: s.rows })),
    );
  });
});
