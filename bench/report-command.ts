/**
 * `lagesbild report` as a user runs it, in this process, with its peak memory
 * (bundled by bench/run.ts together with the command line):
 *   node report-command.mjs <source-dir> <out.docx>
 * On exit it writes one JSON line to stderr's last line: the peak RSS of the
 * process, worker threads included. The caller times the process from outside.
 */
process.on("exit", () => {
  process.stderr.write(`\n${JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
});
const [dir = ".", out = "report.docx"] = process.argv.slice(2);
process.argv = [process.argv[0] ?? "node", "lagesbild", "report", dir, "--report", "1", "--out", out];
await import("../src/cli/bin.ts");
