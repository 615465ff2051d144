import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** What a Basic macro fills in: sheet name → rows (from row 2) of column index → value. */
export type Fill = Readonly<Record<string, readonly Readonly<Record<number, string | number>>[]>>;

/** What a member of staff does to a workbook in LibreOffice: type a text or a number (with a number format such as `0%`), or delete a column. */
export type Edit =
  | { readonly sheet: string; readonly cell: string; readonly text: string }
  | { readonly sheet: string; readonly cell: string; readonly number: number; readonly format?: string }
  | { readonly sheet: string; readonly deleteColumn: string };

/**
 * LibreOffice headless with a private profile, so it never meets another
 * instance (other tests, a desktop session). Fills workbooks with a Basic
 * macro, the way a person would type into them, and saves them as .xlsx.
 */
export class LibreOffice {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  get #profile(): string {
    return join(this.#dir, "profile");
  }

  async #soffice(...args: string[]): Promise<void> {
    await run("soffice", [`-env:UserInstallation=${pathToFileURL(this.#profile).href}`, "--headless", "--norestore", ...args], {
      timeout: 120_000,
    });
  }

  /** Opens `from`, puts the values in as strings and numbers, and stores it as an Excel 2007+ workbook at `to`. */
  async fillAndSave(jobs: readonly { from: string; to: string; fill: Fill }[]): Promise<void> {
    await this.#runMacro(jobs.map((job) => fillJob(job.from, job.to, job.fill)).join("\n"));
  }

  /** Opens `from`, makes the edits in order, and stores it as an Excel 2007+ workbook at `to` (which may be `from`). */
  async editAndSave(jobs: readonly { from: string; to: string; edits: readonly Edit[] }[]): Promise<void> {
    await this.#runMacro(jobs.map((job) => editJob(job.from, job.to, job.edits)).join("\n"));
  }

  async #runMacro(body: string): Promise<void> {
    await this.#soffice("--terminate_after_init");
    const log = join(this.#dir, "macro.log");
    await rm(log, { force: true });
    const module = join(this.#profile, "user", "basic", "Standard");
    await mkdir(module, { recursive: true });
    await writeFile(join(module, "Module1.xba"), xbaModule(macro(body, log)), "utf8");
    await this.#soffice("macro:///Standard.Module1.Main");
    const failure = await readFile(log, "utf8").catch(() => "");
    if (failure) throw new Error(`the LibreOffice macro failed: ${failure}`);
  }
}

function macro(body: string, log: string): string {
  return `Sub Main
  On Error Goto Failed
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = "Calc MS Excel 2007 XML"
  Dim locale As New com.sun.star.lang.Locale
${body}
  Exit Sub
Failed:
  n = FreeFile
  Open ${basicString(log)} For Output As #n
  Print #n, "Error " & Err & ": " & Error$ & " at line " & Erl
  Close #n
  StarDesktop.terminate()
End Sub`;
}

function editJob(from: string, to: string, edits: readonly Edit[]): string {
  const lines = [`  doc = StarDesktop.loadComponentFromURL(${basicString(pathToFileURL(from).href)}, "_blank", 0, load())`];
  for (const edit of edits) {
    lines.push(`  sheet = doc.Sheets.getByName(${basicString(edit.sheet)})`);
    if ("deleteColumn" in edit) {
      lines.push(`  sheet.Columns.removeByIndex(sheet.getCellRangeByName(${basicString(`${edit.deleteColumn}1`)}).CellAddress.Column, 1)`);
    } else if ("text" in edit) {
      lines.push(`  sheet.getCellRangeByName(${basicString(edit.cell)}).setString(${basicString(edit.text)})`);
    } else {
      lines.push(`  cell = sheet.getCellRangeByName(${basicString(edit.cell)})`, `  cell.setValue(${edit.number})`);
      if (edit.format) {
        lines.push(
          `  fmt = doc.NumberFormats.queryKey(${basicString(edit.format)}, locale, False)`,
          `  If fmt = -1 Then fmt = doc.NumberFormats.addNew(${basicString(edit.format)}, locale)`,
          "  cell.NumberFormat = fmt",
        );
      }
    }
  }
  lines.push(`  doc.storeToURL(${basicString(pathToFileURL(to).href)}, store())`, "  doc.close(True)");
  return lines.join("\n");
}

function fillJob(from: string, to: string, fill: Fill): string {
  const lines = [`  doc = StarDesktop.loadComponentFromURL(${basicString(pathToFileURL(from).href)}, "_blank", 0, load())`];
  for (const [sheetName, rows] of Object.entries(fill)) {
    lines.push(`  sheet = doc.Sheets.getByName(${basicString(sheetName)})`);
    rows.forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) {
        const cell = `sheet.getCellByPosition(${column}, ${i + 1})`;
        lines.push(typeof value === "number" ? `  ${cell}.setValue(${value})` : `  ${cell}.setString(${basicString(value)})`);
      }
    });
  }
  lines.push(`  doc.storeToURL(${basicString(pathToFileURL(to).href)}, store())`, "  doc.close(True)");
  return lines.join("\n");
}

/** A Basic string expression; characters outside ASCII as Chr(code) so the module's encoding cannot matter. */
function basicString(text: string): string {
  const parts: string[] = [];
  let plain = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 32 && code < 127) {
      plain += ch === '"' ? '""' : ch;
      continue;
    }
    if (plain) parts.push(`"${plain}"`);
    plain = "";
    parts.push(`Chr(${code})`);
  }
  if (plain || parts.length === 0) parts.push(`"${plain}"`);
  return parts.join(" & ");
}

function xbaModule(source: string): string {
  const escaped = source.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${escaped}</script:module>
`;
}
