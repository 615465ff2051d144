import type { Command } from "commander";
import { computeStatus } from "../../indicators/compute-status.ts";
import { hasErrors } from "../../validation/problem.ts";
import { asOfOption, reportOption } from "../as-of.ts";
import { formatStatus } from "../format-status.ts";
import { EXIT, type CliIo, type ExitCode } from "../io.ts";
import { loadForCommand } from "../load.ts";
import { UsageError } from "../open-source.ts";

export function registerIndicators(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("indicators")
    .description("Visa indikatorerna mot mål och önskade effekter, byggstenarnas läge och budgeten.")
    .argument("<source>", "mappen med arbetsböckerna")
    .option("--as-of <datum>", "lägesdatum, t.ex. 2024-09-18 (standard: i dag)")
    .option("--report <nummer>", "ta perioden från delrapporten med detta nummer")
    .option("--json", "skriv hela resultatet som JSON")
    .action(async (source: string, options: { asOf?: string; report?: string; json?: boolean }) => {
      const asOf = asOfOption(options.asOf);
      const reportNumber = reportOption(options.report);
      const { programme, problems } = await loadForCommand(source, io);
      if (reportNumber !== undefined && !programme.reports.some((r) => r.number === reportNumber)) {
        throw new UsageError(`Delrapport ${reportNumber} finns inte på bladet Rapporter.`);
      }
      const status = computeStatus(programme, { asOf, ...(reportNumber !== undefined ? { reportNumber } : {}) });
      io.stdout(options.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status));
      if (hasErrors(problems)) io.stderr("Arbetsböckerna har fel; rader med fel är inte med. Kör lagesbild validate för detaljer.\n");
      done(hasErrors(problems) ? EXIT.invalid : EXIT.ok);
    });
}
