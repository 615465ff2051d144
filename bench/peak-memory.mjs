/**
 * Loaded with `node --import` into `lagesbild report` by bench/run.ts: on exit, writes the process's peak RSS
 * (worker threads included) as one JSON line, the last on stderr.
 */
import { isMainThread } from "node:worker_threads";

if (isMainThread) {
  process.on("exit", () => {
    process.stderr.write(`\n${JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
  });
}
