/**
 * One benchmark run in a fresh process (bundled by bench/run.ts):
 *   node stages.mjs <source-dir> pipeline|floor
 * prints one JSON line with the milliseconds per stage and the peak RSS.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { Document, Packer, Paragraph } from "docx";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { folderSource } from "../src/sources/xlsx/folder-source.ts";
import { blockWorkbookRefs, readCentralStage, validateSource } from "../src/validation/validate-source.ts";
import { BENCH_RULES } from "./rules.ts";
import { renderStages } from "./render-stages.ts";

const [dir = ".", mode = "pipeline"] = process.argv.slice(2);
const times: Record<string, number> = {};
const time = async <T>(stage: string, run: () => Promise<T> | T): Promise<T> => {
  const started = performance.now();
  const result = await run();
  times[stage] = Math.round(performance.now() - started);
  return result;
};

if (mode === "floor") {
  // The floor: exceljs reading the same workbooks, and a .docx of the same texts, with no logic in between.
  const files = (await readdir(dir)).filter((f) => f.endsWith(".xlsx"));
  const texts = await time("read", async () => {
    const all: string[] = [];
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, f));
      wb.eachSheet((ws) => ws.eachRow((row) => all.push(row.values?.toString() ?? "")));
    }
    return all;
  });
  await time("render", () => Packer.toBuffer(new Document({ sections: [{ children: texts.map((t) => new Paragraph(t)) }] })));
} else {
  const source = folderSource(dir);
  const raw = await time("read", async () => {
    const central = await source.readCentral();
    const stage = readCentralStage(central);
    const blocks = await Promise.all(blockWorkbookRefs(stage).map(async (r) => ({ blockId: r.blockId, outcome: await source.readBlock(r.ref) })));
    return { stage, blocks };
  });
  await source.close();
  const validated = await time("validate", () => validateSource(raw.stage, raw.blocks, BENCH_RULES));
  const status = await time("compute", () => computeStatus(validated.programme, { asOf: "2024-09-18", reportNumber: 1 }));
  for (const [stage, run] of Object.entries(renderStages)) await time(stage, () => run(validated, status));
  times["problems"] = validated.problems.length;
}
console.log(JSON.stringify({ mode, times, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
