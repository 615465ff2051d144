import { readdir, readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readOoxml } from "../src/sources/xlsx/ooxml/read-ooxml.ts";
import { isDateFormatCode } from "../src/sources/xlsx/ooxml/date-formats.ts";
import { isoFromSerial } from "../src/sources/xlsx/ooxml/serial-date.ts";
import { openZipParts } from "../src/sources/xlsx/ooxml/zip-parts.ts";
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

describe("the parts of an .xlsx zip", () => {
  // The first "ä" straddles the 64 kB boundary where the text is cut into chunks.
  const head = `<?xml version="1.0"?><worksheet><row><c><v>${"a".repeat(65_535 - 44)}`;
  const xml = `${head}Väst</v></c></row>${"<row><c><v>Västerbotten</v></c></row>".repeat(5000)}</worksheet>`;
  const zipped = (declared?: number) => {
    const bytes = Buffer.from(zipSync({ "xl/worksheets/sheet1.xml": strToU8(xml) }));
    // The central directory's uncompressed size, which yauzl reads: 24 bytes into the entry.
    if (declared !== undefined) bytes.writeUInt32LE(declared, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
    return bytes;
  };
  const text = async (bytes: Buffer, wholePartBytes?: number) => {
    const parts = await openZipParts(bytes, 1e9, wholePartBytes);
    try {
      return await parts.text("xl/worksheets/sheet1.xml");
    } finally {
      parts.close();
    }
  };

  it("gives a part the same text inflated whole as streamed, multi-byte letters across chunks included", async () => {
    const bytes = zipped();
    expect(await text(bytes)).toBe(xml);
    expect(await text(bytes, 0)).toBe(xml);
  });

  it.each([
    ["more", 100],
    ["fewer", xml.length * 2],
  ])("refuses a part holding %s bytes than its entry declares, inflated whole or streamed", async (_, declared) => {
    await expect(text(zipped(declared))).rejects.toThrow();
    await expect(text(zipped(declared), 0)).rejects.toThrow();
  });
});
