import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { TRANSPORTS } from "../../config/mail.ts";
import type { Programme } from "../../domain/model.ts";
import { computeStatus } from "../../indicators/compute-status.ts";
import { fileStateStore } from "../../state/file-state-store.ts";
import { formatSummaryRun } from "../../summary/run-report.ts";
import { sendSummaries } from "../../summary/send-summaries.ts";
import { asOfOption, reportOption } from "../as-of.ts";
import { countOf } from "../../text/swedish.ts";
import { exitCodeFor } from "../exit-code.ts";
import { omittedIn } from "../format-problems.ts";
import type { CliIo, ExitCode } from "../io.ts";
import { loadForCommand } from "../load.ts";
import { mailConfig, openTransport, transportOption } from "../mail-setup.ts";
import { UsageError } from "../open-source.ts";
import { writeReportFile } from "../write-report.ts";

interface RunOptions {
  asOf?: string;
  report?: string;
  outDir: string;
  transport: string;
}

export function registerRun(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("run")
    .description("Hela jobbet: kontrollera arbetsböckerna, skriv delrapporten och skicka veckans lägesbild.")
    .argument("<source>", "mappen med arbetsböckerna, eller gsheets:<id>")
    .option("--as-of <datum>", "lägesdatum, t.ex. 2024-09-18 (standard: i dag)")
    .option("--report <nummer>", "delrapporten som skrivs (standard: den senaste med datum till och med lägesdatum)")
    .option("--out-dir <mapp>", "där rapporten, utkorgen och tillståndet hamnar", "out")
    .option("--transport <sätt>", `hur lägesbilden skickas: ${TRANSPORTS.join(", ")}`, "outbox")
    .addHelpText("after", "\nSlutkod: 0 allt klart, 1 fel i arbetsböckerna eller något som inte kunde skickas, 2 felaktigt anrop eller oläsbar fil.")
    .action(async (source: string, options: RunOptions) => {
      const asOf = asOfOption(options.asOf);
      const transportName = transportOption(options.transport);
      const config = mailConfig(io, transportName);
      const { programme, problems, outline } = await loadForCommand(source, io);
      const errors = problems.filter((p) => p.severity === "error").length;
      io.stdout(
        `Arbetsböckerna: ${countOf(errors, "fel", "fel")} och ${countOf(problems.length - errors, "varning", "varningar")} i ${countOf(programme.workbooks.length, "arbetsbok", "arbetsböcker")} (lagesbild validate visar dem).\n`,
      );
      for (const w of programme.workbooks) {
        const left = omittedIn(programme.omitted, w.name);
        if (left) io.stdout(`  ${w.name}: ${left}\n`);
      }

      await mkdir(options.outDir, { recursive: true });
      const reportNumber = reportOption(options.report) ?? latestReport(programme, asOf);
      let reportPath: string | undefined;
      if (reportNumber === undefined) io.stdout("Ingen delrapport att skriva: bladet Rapporter har ingen rapport.\n");
      else {
        if (!programme.reports.some((r) => r.number === reportNumber)) throw new UsageError(`Delrapport ${reportNumber} finns inte på bladet Rapporter.`);
        reportPath = join(options.outDir, `delrapport-${reportNumber}.docx`);
        const rendered = await writeReportFile({ programme, problems, outline, reportNumber, asOf, out: reportPath });
        io.stdout(`Delrapport ${reportNumber}${rendered.draft ? " (utkast, problemen listas sist i dokumentet)" : ""}: ${reportPath}\n\n`);
      }

      const outbox = join(options.outDir, "outbox");
      const transport = await openTransport(transportName, outbox, config);
      try {
        const run = await sendSummaries({
          programme,
          problems,
          status: computeStatus(programme, { asOf }),
          from: config.from,
          rules: { ...(config.allowedDomains ? { allowedDomains: config.allowedDomains } : {}), extraRecipients: config.extraRecipients },
          store: fileStateStore(join(options.outDir, "state")),
          transport,
          now: new Date(),
          ...(reportPath ? { reportLink: reportPath } : {}),
        });
        io.stdout(formatSummaryRun(run, programme, transportName === "outbox" ? outbox : undefined));
        const trouble = run.refused.length > 0 || run.results.some((r) => r.outcome.status === "failed" || r.outcome.status === "gave-up");
        done(exitCodeFor(problems, trouble));
      } finally {
        await transport.close();
      }
    });
}

/** The report to write by default: the latest dated on or before the as-of date, else the first. */
function latestReport(programme: Programme, asOf: string): number | undefined {
  const byDate = [...programme.reports].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  return (byDate.filter((r) => r.date <= asOf).pop() ?? byDate[0])?.number;
}
