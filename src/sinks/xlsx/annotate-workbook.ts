/**
 * A copy of a staff member's workbook with its problems where they are: a
 * comment and a coloured fill on each cell concerned, and a sheet `Problem`
 * that lists them all with a link to each cell. Nothing staff entered is
 * changed: only notes, fills and the extra sheet are added.
 */
import ExcelJS from "exceljs";
import { PROBLEMS_SHEET } from "../../../sheets-schema/index.ts";
import { inReadingOrder } from "../../validation/order.ts";
import { placeOf } from "../../validation/place.ts";
import type { Problem } from "../../validation/problem.ts";

const FILL = {
  error: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } },
  warning: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } },
} as const;
const LABEL = { error: "FEL", warning: "VARNING" } as const;
const HEADERS = ["Typ", "Blad", "Cell", "Rubrik", "Problem", "Gå till"];

/** Loads `path`, marks `problems` (all of this workbook) and returns the workbook to write elsewhere. */
export async function annotateWorkbook(path: string, problems: readonly Problem[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ordered = inReadingOrder(problems, []);
  const byCell = new Map<string, Problem[]>();
  for (const p of ordered) {
    const sheet = p.sheet !== undefined && p.row !== undefined ? sheetNamed(workbook, p.sheet) : undefined;
    if (!sheet || p.row === undefined) continue;
    const key = `${sheet.name}!${p.column ?? "A"}${p.row}`;
    byCell.set(key, [...(byCell.get(key) ?? []), p]);
  }
  for (const [key, own] of byCell) {
    const [sheetName = "", address = "A1"] = key.split(/!(?=[A-Z]+\d+$)/);
    const cell = workbook.getWorksheet(sheetName)?.getCell(address);
    if (!cell) continue;
    const worst = own.some((p) => p.severity === "error") ? "error" : "warning";
    cell.note = { texts: [{ text: own.map((p) => `${LABEL[p.severity]}: ${p.message}`).join("\n\n") }] };
    // A fresh style object: exceljs shares one between cells read with the same style, and a fill set on it would colour them all.
    cell.style = { ...cell.style, fill: FILL[worst] };
  }
  addProblemSheet(workbook, ordered);
  return workbook;
}

function addProblemSheet(workbook: ExcelJS.Workbook, problems: readonly Problem[]): void {
  const existing = workbook.getWorksheet(PROBLEMS_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(PROBLEMS_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = HEADERS.map((header, i) => ({ header, width: [10, 16, 8, 22, 90, 20][i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const p of problems) {
    const target = p.sheet !== undefined ? sheetNamed(workbook, p.sheet) : undefined;
    const address = p.row !== undefined ? `${p.column ?? "A"}${p.row}` : "A1";
    const row = sheet.addRow([LABEL[p.severity], p.sheet ?? "", p.row !== undefined ? address : "", p.header ?? "", p.message, ""]);
    row.getCell(5).alignment = { wrapText: true, vertical: "top" };
    row.getCell(1).style = { ...row.getCell(1).style, fill: FILL[p.severity] };
    if (target) {
      // A HYPERLINK formula: Excel, LibreOffice and Google Sheets all follow it to the cell.
      const label = placeOf(p) || target.name;
      row.getCell(6).value = {
        formula: `HYPERLINK("#${formulaText(quotedSheet(target.name))}!${address}","${formulaText(label)}")`,
        result: label,
      };
      row.getCell(6).style = { ...row.getCell(6).style, font: { color: { argb: "FF0563C1" }, underline: true } };
    }
  }
  sheet.autoFilter = { from: "A1", to: `F${Math.max(1, problems.length + 1)}` };
}

/** A sheet found as validation finds it: case and spacing do not matter. */
function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.replace(/\s+/g, " ").trim().toLocaleLowerCase("sv");
  return workbook.worksheets.find((w) => w.name.replace(/\s+/g, " ").trim().toLocaleLowerCase("sv") === wanted);
}

function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function formulaText(text: string): string {
  return text.replace(/"/g, '""');
}
