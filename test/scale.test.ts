/**
 * Sheets far larger than any work group writes: a long sheet must either be
 * read or refused with a Swedish message, never end the run with a crash
 * (once `RangeError: Maximum call stack size exceeded` from `push(...rows)`).
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { columnsOf } from "../sheets-schema/index.ts";
import { activitiesSheet } from "../sheets-schema/sheets/activities.ts";
import { appendAll } from "../src/collections/append-all.ts";
import type { CellValue, RawRow, RawWorkbook } from "../src/sources/raw-workbook.ts";
import { folderSource, readXlsx } from "../src/sources/xlsx/folder-source.ts";
import { DEFAULT_LIMITS } from "../src/sources/xlsx/limits.ts";
import { ParsePool } from "../src/sources/xlsx/parse-pool.ts";
import { acrossWorkbooks, type AllRows } from "../src/validation/checks/all-rows.ts";
import type { Located } from "../src/validation/located.ts";
import { readCentralStage, validateSource } from "../src/validation/validate-source.ts";
import { handmadeXlsx } from "./helpers/handmade-xlsx.ts";

const pool = new ParsePool(DEFAULT_LIMITS, 1);
afterAll(() => pool.close());

const HEADERS = columnsOf(activitiesSheet).map((c) => c.meta.header);
const text = (t: string): CellValue => ({ kind: "text", text: t });

/** An activities sheet in memory, every data row with four cell errors: a date, a type, a tool and a status that do not exist. */
function blockWithBadRows(count: number): RawWorkbook {
  const rows: RawRow[] = [{ number: 1, cells: HEADERS.map(text) }];
  for (let n = 2; n <= count + 1; n++) {
    rows.push({
      number: n,
      cells: [
        text(`BO-${n}`),
        text("inte ett datum"),
        undefined,
        text("fika"),
        text("Tur"),
        text("Möte"),
        undefined,
        undefined,
        undefined,
        text("kanske"),
      ],
    });
  }
  return {
    name: "bostader.xlsx",
    location: "/minne/bostader.xlsx",
    dateSystem: 1900,
    sheets: [{ name: "Aktiviteter", hidden: false, rows, merges: [] }],
  };
}

describe("very long sheets", () => {
  it("appends more items than a function call can take as arguments", () => {
    const target = [0];
    const many = Array.from({ length: 300_000 }, (_, i) => i + 1);
    expect(() => [0].push(...many)).toThrow(RangeError);
    appendAll(target, many);
    expect(target.length).toBe(300_001);
    expect(target.at(-1)).toBe(300_000);
  });

  it("validates 35 000 rows with four problems each and reports all 140 000", () => {
    const central = readCentralStage({ ok: false, name: "central.xlsx", location: "/minne/central.xlsx", problems: [] });
    const { problems } = validateSource(central, [{ blockId: "bostader", outcome: { ok: true, workbook: blockWithBadRows(35_000) } }], {
      sectionKeys: [],
      generatedFootnotes: [],
    });
    const cellErrors = problems.filter((p) => p.workbook === "bostader.xlsx" && p.sheet === "Aktiviteter");
    expect(cellErrors).toHaveLength(140_000);
    expect(cellErrors.at(-1)).toMatchObject({ row: 35_001, column: "J", header: "Status", value: "kanske" });
  });

  it("gathers 200 000 rows of one sheet across the workbooks", () => {
    const row = (id: string) => ({ value: { id }, at: {} }) as unknown as Located<never>;
    const blockRows = Array.from({ length: 200_000 }, (_, i) => row(`BO-${i}`));
    const all = { central: { activities: [row("C-1")] }, blocks: new Map([["bostader", { activities: blockRows }]]) } as unknown as AllRows;
    const rows = acrossWorkbooks(all, "activities");
    expect(rows).toHaveLength(200_001);
    expect((rows.at(-1)?.value as { id: string } | undefined)?.id).toBe("BO-199999");
  });

  it("refuses a workbook of 300 000 rows with a Swedish message naming the limit, and reads the others", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lagesbild-scale-"));
    // Built in chunks of a thousand short rows: the test should cost little besides the reader's own work.
    const bytes = await handmadeXlsx([
      {
        name: "Aktiviteter",
        rows: function* () {
          for (let start = 1; start <= 300_000; start += 1000) {
            let chunk = "";
            for (let r = start; r < start + 1000; r++) chunk += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
            yield chunk;
          }
        },
      },
    ]);
    await writeFile(join(dir, "bostader.xlsx"), bytes);
    const outcome = await readXlsx(join(dir, "bostader.xlsx"), DEFAULT_LIMITS, pool);
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems;
    expect(problems).toEqual([expect.objectContaining({ code: "file-too-many-rows", severity: "error", workbook: "bostader.xlsx" })]);
    expect(problems[0]?.message).toBe(
      "Arbetsboken har fler än 100\u00a0000 rader med innehåll, mer än lägesbild läser, så ingen av dem har lästs. Flytta gamla rader till en arkivfil eller dela upp arbetsboken.",
    );
    // The pool lives on and reads the next workbook.
    await writeFile(
      join(dir, "liten.xlsx"),
      await handmadeXlsx([{ name: "Aktiviteter", rows: () => ['<row r="1"><c r="A1"><v>1</v></c></row>'] }]),
    );
    const small = await readXlsx(join(dir, "liten.xlsx"), DEFAULT_LIMITS, pool);
    expect(small.ok && small.workbook.sheets[0]?.rows.length).toBe(1);
  });

  it("reads a workbook of exactly the limit", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lagesbild-scale-"));
    const limits = { ...DEFAULT_LIMITS, maxRows: 2_000 };
    const rows = (count: number) =>
      function* () {
        for (let r = 1; r <= count; r++) yield `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
      };
    await writeFile(
      join(dir, "central.xlsx"),
      await handmadeXlsx([
        { name: "Aktiviteter", rows: rows(1_000) },
        { name: "Mätningar", rows: rows(1_000) },
      ]),
    );
    await writeFile(
      join(dir, "over.xlsx"),
      await handmadeXlsx([
        { name: "Aktiviteter", rows: rows(1_000) },
        { name: "Mätningar", rows: rows(1_001) },
      ]),
    );
    const source = folderSource(dir, { limits, workers: 1 });
    try {
      const central = await source.readCentral();
      expect(central.ok && central.workbook.sheets.map((s) => s.rows.length)).toEqual([1_000, 1_000]);
      const over = await source.readBlock("over.xlsx");
      expect(over.ok || over.problems.map((p) => p.message)).toEqual([expect.stringContaining("fler än 2\u00a0000 rader")]);
    } finally {
      await source.close();
    }
  });
});
