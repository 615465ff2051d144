/**
 * The pipeline's stages in one fresh process (bundled by bench/run.ts):
 *   node stages.mjs <source-dir> <state-file>
 * times reading (typing included, as the parse workers do it), validating
 * across workbooks, computing and composing every recipient's e-mail (a real
 * weekly run into a temporary outbox and state), writes what the render
 * processes start from to <state-file>, and prints one JSON line: milliseconds
 * per stage, the peak RSS, and the count of problems.
 */
import { writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialize } from "node:v8";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { outboxTransport } from "../src/sinks/mail/outbox-transport.ts";
import { folderSource } from "../src/sources/xlsx/folder-source.ts";
import { fileStateStore } from "../src/state/file-state-store.ts";
import { sendSummaries } from "../src/summary/send-summaries.ts";
import { blockWorkbookRefs, readBlockStage, readCentralStage, validateStages } from "../src/validation/validate-source.ts";
import { BENCH_AS_OF, BENCH_RULES } from "./rules.ts";
import { timer } from "./timer.ts";

const [dir = ".", stateFile = ""] = process.argv.slice(2);
const { time, times } = timer();

const source = folderSource(dir);
// Read as loadProgramme reads: the block workbooks typed in the parse workers, beside their parsing.
const read = await time("read", async () => {
  const central = readCentralStage(await source.readCentral());
  const blocks = await Promise.all(
    blockWorkbookRefs(central).map(async (r) =>
      source.readBlockStage ? source.readBlockStage(r.ref, r.blockId) : readBlockStage(r.blockId, await source.readBlock(r.ref)),
    ),
  );
  return { central, blocks };
});
await source.close();
const validated = await time("validate", () => validateStages(read.central, read.blocks, BENCH_RULES));
const status = await time("compute", () => computeStatus(validated.programme, { asOf: BENCH_AS_OF, reportNumber: 1 }));
const scratch = await mkdtemp(join(tmpdir(), "lagesbild-bench-"));
await time("compose", () =>
  sendSummaries({
    programme: validated.programme,
    problems: validated.problems,
    status,
    from: { name: "lägesbild", address: "lagesbild@tillvaxtverket.example" },
    rules: { extraRecipients: [] },
    store: fileStateStore(join(scratch, "state")),
    transport: outboxTransport(join(scratch, "outbox")),
    now: new Date(`${BENCH_AS_OF}T07:00:00Z`),
  }),
);
await rm(scratch, { recursive: true, force: true });
if (stateFile) await writeFile(stateFile, serialize({ programme: validated.programme, problems: validated.problems, status }));
console.log(JSON.stringify({ times, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), problems: validated.problems.length }));
