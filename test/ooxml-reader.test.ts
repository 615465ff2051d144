import { readdir, readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readOoxml } from "../src/sources/xlsx/ooxml/read-ooxml.ts";
import { isDateFormatCode } from "../src/sources/xlsx/ooxml/date-formats.ts";
import { isoFromSerial } from "../src/sources/xlsx/ooxml/serial-date.ts";
import { sheetsFromExcelJs } from "./helpers/exceljs-oracle.ts";

describe("the streaming OOXML reader", () => {
  it("reads the example workbooks exactly as exceljs does", async () => {
    const dir = "examples/delrapport-1";
    const files = (await readdir(dir)).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const bytes = await readFile(`${dir}/${file}`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      expect(await readOoxml(bytes, 1e9), file).toEqual({
        dateSystem: 1900,
        sheets: sheetsFromExcelJs(workbook),
        modified: workbook.modified.toISOString(),
      });
    }
  });

  it("stops inflating past its limit, whatever the zip declares", async () => {
    const bytes = await readFile("examples/delrapport-1/central.xlsx");
    await expect(readOoxml(bytes, 10_000)).rejects.toThrow(/inflated/);
  });

  it.each([
    ["yyyy-mm-dd", true],
    ["[$-41D]d mmmm yyyy", true],
    ["dd/mm/yy;@", true],
    ["mmm", true],
    ['0.00 "kr"', false],
    ["#,##0", false],
    ["[h]:mm:ss", false],
    ['"dag" 0', false],
    ["General", false],
  ])("tells a date format %s: %s", (code, isDate) => {
    expect(isDateFormatCode(code)).toBe(isDate);
  });

  it.each([
    [45553, false, "2024-09-18"],
    [45553.5, false, "2024-09-18T12:00:00"],
    [44091, true, "2024-09-18"],
    [-1, false, undefined],
    [3e6, false, undefined],
  ])("turns serial %s (1904: %s) into %s", (serial, date1904, iso) => {
    expect(isoFromSerial(serial, date1904)).toBe(iso);
  });
});
