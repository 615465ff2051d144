import { rename, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { ReferenceLists } from "../sinks/xlsx/build-workbook.ts";
import { updateWorkbook, type WorkbookUpdate } from "../sinks/xlsx/update-workbook.ts";
import { CENTRAL_FILE, folderSource } from "../sources/xlsx/folder-source.ts";
import { readCentralStage } from "../validation/validate-source.ts";
import { referenceLists } from "./init-blocks.ts";
import { UsageError } from "../shared/errors.ts";

export interface WorkbookUpdated {
  readonly file: string;
  readonly update: Omit<WorkbookUpdate, "workbook">;
}

/** central.xlsx brought up to the current layout: missing sheets and columns added, nothing else touched. */
export async function updateCentral(dir: string): Promise<WorkbookUpdated> {
  const file = join(dir, CENTRAL_FILE);
  if (!(await stat(file).catch(() => undefined))?.isFile())
    throw new UsageError(`${file} finns inte. Skapa den med lagesbild init ${dir}.`);
  return { file, update: await rewrite(file, "central") };
}

/** Every block workbook that central.xlsx names and that exists: fresh drop-down lists, missing sheets and columns added. */
export async function updateBlocks(dir: string): Promise<WorkbookUpdated[]> {
  const source = folderSource(dir);
  const central = readCentralStage(await source.readCentral().finally(() => source.close()));
  if (!central.info.readable)
    throw new UsageError(`${central.info.location} kunde inte läsas. Kör lagesbild validate ${dir} för att se varför.`);
  const lists = referenceLists(central.rows);
  const updated: WorkbookUpdated[] = [];
  for (const { value: block } of central.rows.blocks) {
    const name = block.workbook;
    if (!name || basename(name) !== name || !name.toLowerCase().endsWith(".xlsx")) continue;
    const file = join(dir, name);
    if (!(await stat(file).catch(() => undefined))?.isFile()) continue;
    updated.push({ file, update: await rewrite(file, "block", lists) });
  }
  return updated;
}

/** Written beside the original and renamed over it, so that a failure half-way never leaves a broken workbook. */
async function rewrite(file: string, kind: "central" | "block", lists?: ReferenceLists): Promise<Omit<WorkbookUpdate, "workbook">> {
  const { workbook, ...update } = await updateWorkbook(file, kind, lists);
  const temporary = `${file}.lagesbild-tmp`;
  await workbook.xlsx.writeFile(temporary);
  await rename(temporary, file);
  return update;
}
