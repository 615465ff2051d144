import type { TextRules } from "../validation/checks/texts.ts";
import type { WorkbookSource } from "../sources/workbook-source.ts";
import { blockWorkbookRefs, readBlockStage, readCentralStage, validateStages, type Validated } from "../validation/validate-source.ts";

export type Progress = (done: number, total: number, workbook: string) => void;

/**
 * Reads the central workbook, then every block workbook it names (in
 * parallel), and validates the lot. A workbook that cannot be read is a
 * problem in the result; the others are read all the same. Each block is typed
 * as soon as it is read, while the next are still being parsed (by the source
 * itself where it can, beside its parser), so that its raw sheets are let go
 * at once rather than all held until the last arrives.
 * The source is closed once everything is read (closing it again is harmless).
 */
export async function loadProgramme(source: WorkbookSource, rules: TextRules, progress?: Progress): Promise<Validated> {
  const central = source.readCentralStage ? await source.readCentralStage() : readCentralStage(await source.readCentral());
  const refs = blockWorkbookRefs(central);
  let done = 1;
  progress?.(done, refs.length + 1, central.info.name);
  const blocks = await Promise.all(
    refs.map(async ({ blockId, ref }) => {
      const stage = source.readBlockStage
        ? await source.readBlockStage(ref, blockId)
        : readBlockStage(blockId, await source.readBlock(ref));
      progress?.(++done, refs.length + 1, ref);
      return stage;
    }),
  );
  const unreferenced = await source.unreferenced(refs.map((r) => r.ref));
  // Everything is read: the parse workers' heaps go back now, before the checks across workbooks and the report.
  await source.close();
  return validateStages(central, blocks, rules, unreferenced);
}
