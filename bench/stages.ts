/**
 * The pipeline's stages in one fresh process (bundled by bench/run.ts):
 *   node stages.mjs <source-dir> <state-file>
 * times reading, validating, computing and composing every recipient's e-mail
 * (a real weekly run into a temporary outbox and state), writes what the render
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
import { blockWorkbookRefs, readCentralStage, validateSource } from "../src/validation/validate-source.ts";
import { BENCH_AS_OF, BENCH_RULES } from "./rules.ts";
import { timer } from "./timer.ts";

const [dir = ".", stateFile = ""] = process.argv.slice(2);
const { time, times } = timer();

const source = folderSource(dir);
const raw = await time("read", async () => {
  const central = await source.readCentral();
  const stage = readCentralStage(central);
  const blocks = await Promise.all(
    blockWorkbookRefs(stage).map(async (r) => ({ blockId: r.blockId, outcome: await source.readBlock(r.ref) })),
  );
  return { stage, blocks };
});
await source.close();
const validated = await time("validate", () => validateSource(raw.stage, raw.blocks, BENCH_RULES));
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
