import { stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { buildWorkbook, type ReferenceLists } from "../sinks/xlsx/build-workbook.ts";
import { folderSource } from "../sources/xlsx/folder-source.ts";
import type { CentralRows } from "../validation/checks/all-rows.ts";
import { readCentralStage } from "../validation/validate-source.ts";
import { UsageError } from "../shared/errors.ts";

export interface BlockWorkbookWritten {
  readonly file: string;
  readonly block: string;
  readonly written: boolean;
}

/**
 * One block workbook for every row of the central sheet Byggstenar whose
 * Arbetsbok is a file name, with drop-down lists of the central workbook's
 * goals, indicators, reports and sources. Existing files are kept unless `force`.
 */
export async function writeBlockWorkbooks(dir: string, force: boolean): Promise<BlockWorkbookWritten[]> {
  const source = folderSource(dir);
  const central = readCentralStage(await source.readCentral().finally(() => source.close()));
  if (!central.info.readable)
    throw new UsageError(`${central.info.location} kunde inte läsas. Kör lagesbild validate ${dir} för att se varför.`);
  const lists = referenceLists(central.rows);
  const results: BlockWorkbookWritten[] = [];
  for (const { value: block } of central.rows.blocks) {
    const file = block.workbook;
    if (!file || basename(file) !== file || !file.toLowerCase().endsWith(".xlsx")) continue;
    const path = join(dir, file);
    const exists = (await stat(path).catch(() => undefined)) !== undefined;
    if (exists && !force) {
      results.push({ file: path, block: block.name, written: false });
      continue;
    }
    await buildWorkbook("block", { instructions: true, lists }).xlsx.writeFile(path);
    results.push({ file: path, block: block.name, written: true });
  }
  return results;
}

export function referenceLists(rows: CentralRows): ReferenceLists {
  return {
    goal: rows.goals.map((r) => r.value.id),
    indicator: rows.indicators.map((r) => r.value.id),
    report: rows.reports.map((r) => String(r.value.number)),
    block: rows.blocks.map((r) => r.value.id),
    source: rows.sources.map((r) => r.value.id),
  };
}
