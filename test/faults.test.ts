import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { blockWorkbook, columnsOf } from "../sheets-schema/index.ts";
import { activitiesSheet } from "../sheets-schema/sheets/activities.ts";
import { buildWorkbook } from "../src/sinks/xlsx/build-workbook.ts";
import { DEFAULT_LIMITS } from "../src/sources/xlsx/limits.ts";
import { ParsePool } from "../src/sources/xlsx/parse-pool.ts";
import { folderSource, readXlsx } from "../src/sources/xlsx/folder-source.ts";
import type { RawWorkbook } from "../src/sources/raw-workbook.ts";
import { readWorkbook } from "../src/validation/read-workbook.ts";
import { handmadeXlsx, row } from "./helpers/handmade-xlsx.ts";
import { openZipParts } from "../src/sources/xlsx/ooxml/zip-parts.ts";

const pool = new ParsePool(DEFAULT_LIMITS, 1);
afterAll(() => pool.close());

const HEADERS = columnsOf(activitiesSheet).map((c) => c.meta.header);
const activity = (n: number, id: string, title: string) =>
  row(n, [id, "2024-03-01", undefined, "möte", "Nätverk", title, undefined, undefined, undefined, "pågående"]);

async function readBlock(bytes: Buffer): Promise<RawWorkbook> {
  const dir = await mkdtemp(join(tmpdir(), "lagesbild-faults-"));
  const path = join(dir, "bostader.xlsx");
  await writeFile(path, bytes);
  const outcome = await readXlsx(path, DEFAULT_LIMITS, pool);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("; "));
  return outcome.workbook;
}

describe("hostile and odd workbooks", () => {
  it("reads the data above a million formatted empty rows, keeping none of them", async () => {
    const bytes = await handmadeXlsx([
      {
        name: "Aktiviteter",
        rows: function* () {
          yield row(1, HEADERS);
          yield activity(2, "BO-1", "Första");
          yield activity(3, "BO-2", "Andra");
          for (let r = 4; r <= 1_000_003; r++) yield `<row r="${r}" s="2" customFormat="1" ht="15" customHeight="1"/>`;
        },
      },
    ]);
    const workbook = await readBlock(bytes);
    expect(workbook.sheets[0]?.rows.map((r) => r.number)).toEqual([1, 2, 3]);
    const { rows } = readWorkbook(workbook, blockWorkbook, "block");
    expect(rows.activities.map((r) => r.value.id)).toEqual(["BO-1", "BO-2"]);
  });

  it("reports a cell of 100 000 characters where it stands and still reads the other rows", async () => {
    const bytes = await handmadeXlsx([
      {
        name: "Aktiviteter",
        rows: () => [row(1, HEADERS), activity(2, "BO-1", "Kort"), activity(3, "BO-2", "x".repeat(100_000)), activity(4, "BO-3", "Sista")],
      },
    ]);
    const { rows, problems } = readWorkbook(await readBlock(bytes), blockWorkbook, "block");
    expect(rows.activities.map((r) => r.value.id)).toEqual(["BO-1", "BO-3"]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "text-too-long", sheet: "Aktiviteter", row: 3, column: "F", header: "Titel" }),
    ]);
  });

  it.each([
    ["emoji", "Möte 🚀 om vätgas 👩🏽‍🔬"],
    ["right-to-left text", "اجتماع مع المنطقة – möte"],
    ["a formula-like text starting with =", '=HYPERLINK("http://example.org","klicka")'],
    ["a formula-like text starting with +", "+46 70 123 45 67"],
    ["a formula-like text starting with -", "-1+1"],
    ["a formula-like text starting with @", "@SUM(A1:A3)"],
  ])("reads %s exactly, as text, never evaluated", async (_, title) => {
    const bytes = await handmadeXlsx([{ name: "Aktiviteter", rows: () => [row(1, HEADERS), activity(2, "BO-1", title)] }]);
    const { rows, problems } = readWorkbook(await readBlock(bytes), blockWorkbook, "block");
    expect(problems).toEqual([]);
    expect(rows.activities[0]?.value.title).toBe(title);
  });

  it("takes control characters out of text and says so", async () => {
    // XML cannot hold them; Excel writes them as _xHHHH_ escapes.
    const bytes = await handmadeXlsx([
      { name: "Aktiviteter", rows: () => [row(1, HEADERS), activity(2, "BO-1", "Möte_x0001__x0008_ i Luleå")] },
    ]);
    const { rows, problems } = readWorkbook(await readBlock(bytes), blockWorkbook, "block");
    expect(rows.activities[0]?.value.title).toBe("Möte i Luleå");
    expect(problems).toEqual([expect.objectContaining({ code: "text-control-characters", severity: "warning", row: 2, column: "F" })]);
  });

  it("takes out the characters XML forbids, from Excel's escapes and lone surrogate halves, and keeps emoji", async () => {
    const title = "Möte_xFFFF_ i_xFFFE_ Luleå_xD800_ 🚀";
    const bytes = await handmadeXlsx([{ name: "Aktiviteter", rows: () => [row(1, HEADERS), activity(2, "BO-1", title)] }]);
    const { rows, problems } = readWorkbook(await readBlock(bytes), blockWorkbook, "block");
    expect(rows.activities[0]?.value.title).toBe("Möte i Luleå 🚀");
    expect(problems).toEqual([expect.objectContaining({ code: "text-control-characters", severity: "warning", row: 2, column: "F" })]);
  });

  it("refuses a cell longer than Excel holds in any column, an id of 200 000 characters too", async () => {
    const bytes = await handmadeXlsx([
      { name: "Aktiviteter", rows: () => [row(1, HEADERS), activity(2, "B".repeat(200_000), "Möte"), activity(3, "BO-2", "Möte")] },
    ]);
    const { rows, problems } = readWorkbook(await readBlock(bytes), blockWorkbook, "block");
    expect(rows.activities.map((r) => r.value.id)).toEqual(["BO-2"]);
    expect(problems).toEqual([expect.objectContaining({ code: "text-too-long", row: 2, column: "A", header: "Id", value: "200000" })]);
  });

  it("writes formula-like text as text cells, never as formulas", async () => {
    const dangerous = ['=HYPERLINK("http://example.org")', "+1+1", "-2", "@A1"];
    const workbook = buildWorkbook("block", {
      content: {
        activities: dangerous.map((title, i) => ({
          id: `A${i}`,
          date: "2024-03-01",
          type: "möte",
          tool: "Kunskap",
          title,
          status: "pågående",
        })),
      },
    });
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const zip = await openZipParts(bytes, 1e8);
    const sheetXml = await zip.text("xl/worksheets/sheet1.xml");
    zip.close();
    expect(sheetXml).not.toContain("<f>");
    const { rows } = readWorkbook(await readBlock(bytes), blockWorkbook, "block");
    expect(rows.activities.map((r) => r.value.title)).toEqual(dangerous);
  });

  it("refuses a symbolic link that leads out of the source folder, naming where it points, and reads links within it", async () => {
    const root = await mkdtemp(join(tmpdir(), "lagesbild-links-"));
    const folder = join(root, "kalla");
    await mkdir(folder);
    const sheet = await handmadeXlsx([{ name: "Aktiviteter", rows: () => [row(1, HEADERS), activity(2, "BO-1", "Möte")] }]);
    await writeFile(join(root, "hemlig.xlsx"), sheet);
    await writeFile(join(folder, "riktig.xlsx"), sheet);
    await symlink(join(root, "hemlig.xlsx"), join(folder, "bostader.xlsx"));
    await symlink("riktig.xlsx", join(folder, "energi.xlsx"));
    await symlink(join(root, "hemlig.xlsx"), join(folder, "central.xlsx"));
    const source = folderSource(folder, { workers: 1 });
    try {
      const outside = await source.readBlock("bostader.xlsx");
      expect(outside.ok).toBe(false);
      expect(outside.ok || outside.problems).toEqual([
        expect.objectContaining({
          code: "file-outside-folder",
          severity: "error",
          workbook: "bostader.xlsx",
          value: join(root, "hemlig.xlsx"),
        }),
      ]);
      expect(outside.ok || outside.problems[0]?.message).toContain("utanför källmappen");
      expect((await source.readCentral()).ok).toBe(false);
      const within = await source.readBlock("energi.xlsx");
      expect(within.ok && within.workbook.sheets[0]?.rows.length).toBe(2);
    } finally {
      await source.close();
    }
  });
});
