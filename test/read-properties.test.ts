import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { blockWorkbook, centralWorkbook, columnsOf, type AnySheet, type ColumnMeta } from "../sheets-schema/index.ts";
import { columnLetter, type CellValue, type RawRow, type RawSheet } from "../src/sources/raw-workbook.ts";
import { readCell } from "../src/validation/cells/read-cell.ts";
import { readSheet } from "../src/validation/read-sheet.ts";

const sheets: readonly AnySheet[] = [...new Set([...Object.values(centralWorkbook), ...Object.values(blockWorkbook)])];
const metas: readonly ColumnMeta[] = sheets.flatMap((s) => columnsOf(s).map((c) => c.meta));
const metaOf = (sheet: AnySheet, field: string) => columnsOf(sheet).find((c) => c.field === field)?.meta as ColumnMeta;

/** Strings staff type, and anything else. */
const cellText = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u00a0",
    "2024-09-18",
    "18 september 2024",
    "1\u00a0234,5",
    "1.234",
    "ja",
    "NEJ",
    "M1; E2",
    "#REF!",
    "=A1",
    "00123",
    "2023-2658",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.record({ kind: fc.constant("text" as const), text: cellText }),
  fc.record({ kind: fc.constant("text" as const), text: cellText, hyperlink: fc.string() }),
  fc.record({ kind: fc.constant("number" as const), value: fc.double() }),
  fc.record({
    kind: fc.constant("date" as const),
    iso: fc.oneof(
      fc.string(),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19)),
    ),
  }),
  fc.record({ kind: fc.constant("boolean" as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant("error" as const), code: fc.string() }),
  fc.record({ kind: fc.constant("uncalculated" as const), formula: fc.string() }),
);

const dateSystem = fc.constantFrom(1900 as const, 1904 as const);

describe("reading any cell", () => {
  it("never throws, and answers empty, ok or bad with a problem code", () => {
    fc.assert(
      fc.property(fc.option(cellValue, { nil: undefined }), fc.constantFrom(...metas), dateSystem, (cell, meta, system) => {
        const read = readCell(cell, meta, { dateSystem: system });
        expect(["empty", "ok", "bad"]).toContain(read.status);
        if (read.status === "bad") expect(read.code).toMatch(/^[a-z-]+$/);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads every way of writing a date as that date", () => {
    const date = metaOf(centralWorkbook.activities, "date");
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }),
        dateSystem,
        (d, system) => {
          const day = DateTime.fromJSDate(d, { zone: "utc" }).startOf("day");
          const iso = day.toISODate() ?? "";
          const epoch = system === 1904 ? DateTime.utc(1904, 1, 1) : DateTime.utc(1899, 12, 30);
          const cells: CellValue[] = [
            { kind: "text", text: iso },
            { kind: "text", text: `${iso}T08:15` },
            { kind: "text", text: `${iso} 08:15:30` },
            { kind: "text", text: day.setLocale("sv").toFormat("d MMMM yyyy") },
            { kind: "text", text: `\u00a0${day.setLocale("sv").toFormat("d MMM yyyy")} ` },
            { kind: "date", iso: `${iso}T12:30:00` },
            { kind: "number", value: day.diff(epoch, "days").days + 0.25 },
          ];
          for (const cell of cells)
            expect(readCell(cell, date, { dateSystem: system }), JSON.stringify(cell)).toEqual({ status: "ok", value: iso });
        },
      ),
    );
  });

  it("reads a number as Swedish software writes it (no-break-space thousands, decimal comma, minus sign)", () => {
    const value = metaOf(centralWorkbook.measurements, "value");
    const swedish = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = whole + Math.sign(whole || 1) * (cents / 100);
        const text = swedish.format(n);
        expect(readCell({ kind: "text", text }, value, { dateSystem: 1900 }), text).toEqual({ status: "ok", value: Number(n.toFixed(2)) });
      }),
    );
  });
});

/** A sheet with some of a layout's headers in any order (plus strangers) and any rows under them. */
function sheetOf(spec: AnySheet): fc.Arbitrary<RawSheet> {
  const headers = columnsOf(spec).map((c) => c.meta.header);
  const headerCells = fc
    .tuple(fc.shuffledSubarray(headers), fc.array(fc.constantFrom("Okänd", "extra", " Id "), { maxLength: 2 }), fc.boolean())
    .map(([chosen, extra, shout]) => [...chosen, ...extra].map((h): CellValue => ({ kind: "text", text: shout ? h.toUpperCase() : h })));
  return headerCells.chain((header) =>
    fc
      .array(fc.array(fc.option(cellValue, { nil: undefined, freq: 3 }), { minLength: 1, maxLength: header.length + 2 }), { maxLength: 6 })
      .map((data) => {
        const rows: RawRow[] = [{ number: 1, cells: header }];
        data.forEach((cells, i) => {
          if (cells.some((c) => c !== undefined)) rows.push({ number: i * 2 + 2, cells });
        });
        return { name: spec.name, hidden: false, rows, merges: [] };
      }),
  );
}

describe("reading any sheet", () => {
  it.each(sheets.map((s) => [s.name, s] as const))(
    "%s: never throws, locates every problem, and drops no row without an error there",
    (_, spec) => {
      // Found in CI (Node 22, a random seed): an empty first row, then a header that is a formula close to a required
      // column's name; kept as an example so that it is tried on every run.
      const examples: [RawSheet, 1900 | 1904][] = [
        [
          {
            name: spec.name,
            hidden: false,
            rows: [
              { number: 1, cells: [] },
              { number: 2, cells: [{ kind: "uncalculated", formula: "MN" }, undefined] },
              { number: 4, cells: [{ kind: "uncalculated", formula: "" }] },
            ],
            merges: [],
          },
          1900,
        ],
      ];
      fc.assert(
        fc.property(sheetOf(spec), dateSystem, (raw, system) => {
          const { rows, problems } = readSheet(raw, spec, { workbook: "bok.xlsx", dateSystem: system });
          for (const p of problems) {
            expect(p).toMatchObject({ workbook: "bok.xlsx", sheet: spec.name, row: expect.any(Number) });
            expect(p.message.length).toBeGreaterThan(0);
            // Only the problems about the sheet as a whole have no single column to point at.
            if (p.code !== "columns-missing" && p.code !== "rows-expected-one") expect(p.column).toMatch(/^[A-Z]+$/);
          }
          // A required column missing, or there under a misspelled header (an error of its own that names the fix),
          // leaves the whole sheet unread: every row is counted as left out.
          const required = new Set(columnsOf(spec).flatMap((c) => (c.required ? [c.meta.header] : [])));
          const unreadable = problems.some(
            (p) => p.code === "columns-missing" || (p.code === "column-misspelled" && required.has(p.expected ?? "")),
          );
          if (unreadable) {
            expect(rows).toEqual([]);
            return;
          }
          const kept = new Set(rows.map((r) => r.at.row));
          const reported = new Set(problems.filter((p) => p.severity === "error").map((p) => p.row));
          const blank = (r: RawRow) => r.cells.every((c) => c === undefined || (c.kind === "text" && c.text.trim() === ""));
          for (const row of raw.rows.slice(1).filter((r) => !blank(r))) {
            expect(kept.has(row.number) || reported.has(row.number), `row ${row.number} of ${columnLetter(0)}…`).toBe(true);
          }
        }),
        { numRuns: 300, examples },
      );
    },
  );
});
