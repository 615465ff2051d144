/**
 * Worker-thread entry: parses one .xlsx at a time with exceljs, inside the
 * heap limit and time limit its pool gives it, and posts back raw sheets.
 */
import { parentPort } from "node:worker_threads";
import ExcelJS from "exceljs";
import { sheetsFromExcelJs } from "./exceljs-to-raw.ts";
import type { ParseReply, ParseRequest } from "./parse-protocol.ts";

parentPort?.on("message", (request: ParseRequest) => {
  void parse(request).then((reply) => parentPort?.postMessage(reply));
});

async function parse({ id, bytes }: ParseRequest): Promise<ParseReply> {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const date1904 = (workbook.properties as { date1904?: boolean }).date1904 === true;
    return { id, ok: true, dateSystem: date1904 ? 1904 : 1900, sheets: sheetsFromExcelJs(workbook) };
  } catch (error) {
    return { id, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
