import type { Command } from "commander";
import { buildSource } from "../../app/adapters/build-source.ts";
import { chooseReport } from "../../app/build-report.ts";
import { OUTCOME_EXIT } from "../../app/outcome.ts";
import { validateWorkbooks } from "../../app/validate.ts";
import { computeStatus } from "../../indicators/compute-status.ts";
import { asOfOption, reportOption } from "../as-of.ts";
import { formatStatus } from "../format-status.ts";
import type { CliIo, ExitCode } from "../io.ts";
import { cliPorts, progressOn } from "../ports.ts";

export function registerIndicators(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("indicators")
    .description("Visa indikatorerna mot mål och önskade effekter, byggstenarnas läge och budgeten.")
    .argument("<source>", "mappen med arbetsböckerna")
    .option("--as-of <datum>", "lägesdatum, t.ex. 2024-09-18 (standard: i dag)")
    .option("--report <nummer>", "ta perioden från delrapporten med detta nummer")
    .option("--json", "skriv hela resultatet som JSON")
    .addHelpText("after", "\nSlutkod: 0 inga fel, 1 fel i arbetsböckerna, 2 felaktigt anrop eller oläsbar fil.")
    .action(async (source: string, options: { asOf?: string; report?: string; json?: boolean }) => {
      const asOf = asOfOption(options.asOf);
      const reportNumber = reportOption(options.report);
      const ports = cliPorts(io, { source: buildSource }, { source });
      const { loaded, outcome } = await validateWorkbooks(ports, progressOn(io));
      const { programme } = loaded;
      if (reportNumber !== undefined) chooseReport(programme, reportNumber, asOf);
      const status = computeStatus(programme, { asOf, ...(reportNumber !== undefined ? { reportNumber } : {}) });
      io.stdout(options.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status));
      if (outcome !== "ok") io.stderr("Arbetsböckerna har fel; rader med fel är inte med. Kör lagesbild validate för detaljer.\n");
      done(OUTCOME_EXIT[outcome]);
    });
}
