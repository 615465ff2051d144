import { stat } from "node:fs/promises";
import { folderSource } from "../sources/xlsx/folder-source.ts";
import type { WorkbookSource } from "../sources/workbook-source.ts";

export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The source a command-line argument names: a folder of .xlsx workbooks. */
export async function openSource(arg: string): Promise<WorkbookSource> {
  const info = await stat(arg).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`Mappen ${arg} finns inte. Ange mappen med arbetsböckerna (central.xlsx och byggstenarnas filer).`);
  return folderSource(arg);
}
