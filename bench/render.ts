/**
 * One way of writing the report, timed cold in a fresh process (bundled by bench/run.ts):
 *   node render.mjs <state-file> report|report-without-toc|floor|floor-with-toc [<floor-blocks.json>] [<keep.docx>]
 * `report` is the delrapport as shipped (pages laid out for the TOC's page
 * numbers), `report-without-toc` the same without that layout; the floor writes
 * the report's own paragraphs and tables with no logic, without or with the TOC
 * layout. Prints one JSON line: the milliseconds, the bytes written, the peak RSS.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize } from "node:v8";
import { Packer, type Document } from "docx";
import type { Programme } from "../src/domain/model.ts";
import type { StatusPicture } from "../src/indicators/types.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { renderReport } from "../src/report/render-report.ts";
import type { Problem } from "../src/validation/problem.ts";
import { floorDocument, type FloorBlock } from "./floor-document.ts";

const [stateFile = "", variant = "report", blocksFile = "", keep = ""] = process.argv.slice(2);
const outline = await loadOutline(join(DEFAULT_TEMPLATE_DIR, "delrapport.yaml"));

let build: () => Document;
if (variant.startsWith("floor")) {
  const blocks = JSON.parse(await readFile(blocksFile, "utf8")) as FloorBlock[];
  build = () => floorDocument(blocks, variant === "floor-with-toc");
} else {
  const { programme, problems, status } = deserialize(await readFile(stateFile)) as {
    programme: Programme;
    problems: Problem[];
    status: StatusPicture;
  };
  const tocPageNumbers = variant === "report";
  build = () =>
    renderReport({ programme, status, problems, reportNumber: 1, outline: { ...outline, tocPageNumbers } }).document as Document;
}
const started = performance.now();
const bytes = await Packer.toBuffer(build());
const ms = Math.round(performance.now() - started);
console.log(JSON.stringify({ ms, bytes: bytes.length, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
if (keep) await writeFile(keep, bytes);
