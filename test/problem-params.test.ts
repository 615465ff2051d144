/**
 * Each problem code declares the values its Swedish text needs; the compiler
 * refuses a problem raised without them (the @ts-expect-error lines fail the
 * type-check in `npm test` if a missing value ever compiles).
 */
import { describe, expect, it } from "vitest";
import { cellProblem, problem, problemFrom } from "../src/validation/problem.ts";
import { readCell } from "../src/validation/cells/read-cell.ts";
import { activitiesSheet } from "../sheets-schema/sheets/activities.ts";
import { metaOf } from "../sheets-schema/index.ts";

const at = { workbook: "smf.xlsx", sheet: "Aktiviteter", row: 4 };

describe("typed problem parameters", () => {
  it("refuse a problem without the values its text names", () => {
    // @ts-expect-error the text names the file's size and the limit
    const unchecked = problem("file-too-large", at);
    // What the compiler keeps from a staff member: a sentence with holes in it.
    expect(unchecked.message).toBe("Filen är för stor (undefined); gränsen är undefined.");
    // @ts-expect-error the limit is missing
    problem("file-too-large", at, { value: "60 MB" });
    // @ts-expect-error the text names the sheet, not a value
    problem("sheet-missing", at, { value: "Aktiviteter" });
    // @ts-expect-error the missing columns are a list
    expect(() => problem("columns-missing", at, { list: "Id" })).toThrow();
  });

  it("write each value where the text says", () => {
    expect(problem("file-too-large", at, { value: "60 MB", limit: "50 MB" }).message).toBe("Filen är för stor (60 MB); gränsen är 50 MB.");
    expect(problem("date-order", at, { value: "2024-01-01", other: "2024-02-01" }).message).toBe(
      "Slutdatumet 2024-01-01 ligger före startdatumet 2024-02-01.",
    );
    expect(problem("macros-ignored", at).message).toBe("Arbetsboken innehåller makron; de körs inte och ignoreras.");
  });

  it("take a problem decided earlier with its code and values together", () => {
    expect(problemFrom({ code: "file-damaged", params: { detail: "zip-filen tar slut" } }, at).message).toBe(
      "Filen är skadad eller ofullständig och kan inte läsas (zip-filen tar slut). Spara en ny kopia från Excel.",
    );
    // @ts-expect-error a code that needs values cannot come without them
    problemFrom({ code: "file-too-large" }, at);
  });

  it("let the sheet's reader add a cell's value and header, the cell's own value winning", () => {
    const status = metaOf(activitiesSheet.row.shape.status);
    const read = readCell({ kind: "text", text: "pågåënde" }, status, { dateSystem: 1900 });
    if (read.status !== "bad") throw new Error("expected a bad cell");
    const raised = cellProblem(read, at, { value: "shown", header: "Status" });
    expect(raised.code).toBe("enum-invalid");
    expect(raised.value).toBe("pågåënde");
    expect(raised.message).toBe(
      "”pågåënde” är inte ett av de tillåtna värdena: ”planerad”, ”pågående”, ”genomförd”, ”inställd”. Menade du ”pågående”?",
    );
    const formula = readCell({ kind: "uncalculated", formula: "A1*2" }, status, { dateSystem: 1900 });
    if (formula.status !== "bad") throw new Error("expected a bad cell");
    expect(cellProblem(formula, at, { value: "shown", header: "Status" }).value).toBe("=A1*2");
  });
});
