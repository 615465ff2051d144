import { buildPdf } from "../../app/adapters/build-pdf.ts";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { buildSource } from "../../app/adapters/build-source.ts";
import { buildStateStore } from "../../app/adapters/build-state-store.ts";
import { buildTransport } from "../../app/adapters/build-transport.ts";
import { chooseReport } from "../../app/build-report.ts";
import { OUTCOME_EXIT } from "../../app/outcome.ts";
import { makeReport } from "../../app/report.ts";
import { validateWorkbooks } from "../../app/validate.ts";
import { countProblems } from "../../validation/problem.ts";
import { sendWeekly } from "../../app/weekly.ts";
import { TRANSPORTS } from "../../config/mail.ts";
import { pathReportStore } from "../../sinks/report-store/path-report-store.ts";
import { formatSummaryRun } from "../../summary/run-report.ts";
import { asOfOption, reportOption } from "../as-of.ts";
import { countOf } from "../../text/swedish.ts";
import { omittedIn } from "../format-problems.ts";
import { EXIT, type CliIo, type ExitCode } from "../io.ts";
import { tellPdf } from "../tell-pdf.ts";
import { cliPorts, outboxOf, progressOn, webDirOf } from "../ports.ts";
import { REPORT_TYPE } from "../../../sheets-schema/vocabulary.ts";

interface RunOptions {
  asOf?: string;
  report?: string;
  outDir: string;
  transport?: string;
  web?: string;
  pdf?: boolean;
}

export function registerRun(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("run")
    .description("Hela jobbet: kontrollera arbetsböckerna, skriv delrapporten och skicka veckans lägesbild.")
    .argument("<source>", "mappen med arbetsböckerna, eller gsheets:<id>")
    .option("--as-of <datum>", "lägesdatum, t.ex. 2024-09-18 (standard: i dag)")
    .option("--report <nummer>", "delrapporten som skrivs (standard: den senaste med datum till och med lägesdatum)")
    .option("--out-dir <mapp>", "där rapporten, utkorgen, webbsidorna och tillståndet hamnar", "out")
    .option("--transport <sätt>", `hur lägesbilden skickas: ${TRANSPORTS.join(", ")} (standard: LAGESBILD_MAIL_TRANSPORT, annars outbox)`)
    .option(
      "--web <mapp>",
      "mappen där veckans lägesbild skrivs som webbsidor (standard: web i --out-dir); e-posten länkar till dem med LAGESBILD_WEB_BASE_URL",
    )
    .option("--pdf", "skriv också delrapporten som taggad PDF för publicering bredvid Word-dokumentet, med LibreOffice")
    .addHelpText(
      "after",
      "\nSlutkod: 0 allt klart, 1 fel i arbetsböckerna, något som inte kunde skickas eller en PDF som inte kunde skrivas, 2 felaktigt anrop eller oläsbar fil.",
    )
    .action(async (source: string, options: RunOptions) => {
      const started = Date.now();
      // Each stage is announced on stderr once the run has taken more than a second, so a quick run stays quiet.
      const stage = (text: string) => {
        if (Date.now() - started > 1000) io.stderr(`${text} (efter ${Math.round((Date.now() - started) / 1000)} s)\n`);
      };
      const asOf = asOfOption(options.asOf);
      const requested = reportOption(options.report);
      let reportPath: string | undefined;
      let pdfTrouble = false;
      const flags = {
        source,
        ...(options.transport !== undefined ? { transport: options.transport } : {}),
        outboxDir: join(options.outDir, "outbox"),
        stateDir: join(options.outDir, "state"),
        webDir: options.web ?? join(options.outDir, "web"),
      };
      const ports = cliPorts(io, { source: buildSource, state: buildStateStore, mail: buildTransport, pdf: buildPdf }, flags, async () =>
        pathReportStore(reportPath ?? ""),
      );
      const { loaded } = await validateWorkbooks(ports, progressOn(io));
      const { programme, problems } = loaded;
      const counts = countProblems(problems);
      io.stdout(
        `Arbetsböckerna: ${countOf(counts.error, "fel", "fel")} och ${countOf(counts.warning, "varning", "varningar")} i ${countOf(programme.workbooks.length, "arbetsbok", "arbetsböcker")} (lagesbild validate visar dem).\n`,
      );
      for (const w of programme.workbooks) {
        const left = omittedIn(programme.omitted, w.name);
        if (left) io.stdout(`  ${w.name}: ${left}\n`);
      }

      await mkdir(options.outDir, { recursive: true });
      const now = new Date();
      if (requested === undefined && programme.reports.length === 0)
        io.stdout("Ingen delrapport att skriva: bladet Rapporter har ingen rapport.\n");
      else {
        const report = chooseReport(programme, requested ?? "latest", asOf);
        reportPath = join(options.outDir, report.type === REPORT_TYPE.final ? "slutrapport.docx" : `delrapport-${report.number}.docx`);
        stage(`Skriver delrapport ${report.number} …`);
        const result = await makeReport(ports, { which: report.number, asOf, now, loaded, pdf: options.pdf === true });
        io.stdout(
          `Delrapport ${report.number}${result.built.draft ? " (utkast, problemen listas sist i dokumentet)" : ""}: ${reportPath}\n`,
        );
        pdfTrouble = !tellPdf(io, reportPath, result.pdf);
        io.stdout("\n");
      }

      stage("Skickar lägesbilden …");
      const weekly = await sendWeekly(ports, { asOf, now, loaded, ...(reportPath ? { reportLink: reportPath } : {}) });
      io.stdout(formatSummaryRun(weekly.run, programme, outboxOf(ports), webDirOf(ports)));
      done(Math.max(OUTCOME_EXIT[weekly.outcome], pdfTrouble ? EXIT.invalid : EXIT.ok) as ExitCode);
    });
}
