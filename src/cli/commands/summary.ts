import type { Command } from "commander";
import { buildSource } from "../../app/adapters/build-source.ts";
import { buildStateStore } from "../../app/adapters/build-state-store.ts";
import { buildTransport } from "../../app/adapters/build-transport.ts";
import { OUTCOME_EXIT } from "../../app/outcome.ts";
import { sendWeekly } from "../../app/weekly.ts";
import { TRANSPORTS } from "../../config/mail.ts";
import { formatSummaryRun } from "../../summary/run-report.ts";
import { asOfOption } from "../as-of.ts";
import type { CliIo, ExitCode } from "../io.ts";
import { cliPorts, outboxOf, progressOn, webDirOf } from "../ports.ts";

interface SummaryOptions {
  asOf?: string;
  transport?: string;
  outbox?: string;
  state?: string;
  reportLink?: string;
  web?: string;
  dryRun?: boolean;
  force?: boolean;
}

export function registerSummary(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("summary")
    .description("Skicka veckans lägesbild till samordnare, chefer och byggstenarnas ansvariga, en gång per mottagare och vecka.")
    .argument("<source>", "mappen med arbetsböckerna")
    .option("--as-of <datum>", "lägesdatum, t.ex. 2024-09-18 (standard: i dag)")
    .option("--transport <sätt>", `hur meddelandena skickas: ${TRANSPORTS.join(", ")} (standard: LAGESBILD_MAIL_TRANSPORT, annars outbox)`)
    .option("--outbox <mapp>", "mappen för .eml-filer med --transport outbox (standard: LAGESBILD_OUTBOX_DIR, annars out/outbox)")
    .option(
      "--state <mapp>",
      "mappen där det som skickats och senaste ögonblicksbilden sparas (standard: LAGESBILD_STATE, annars out/state)",
    )
    .option("--report-link <var>", "var den senaste rapporten finns: en sökväg eller en länk")
    .option(
      "--web <mapp>",
      "mappen där veckans lägesbild skrivs som webbsidor (standard: LAGESBILD_WEB_DIR, annars mappen web bredvid utkorgen); e-posten länkar till dem med LAGESBILD_WEB_BASE_URL",
    )
    .option("--dry-run", "skriv bara ut vad som skulle skickas; inget skickas och inget registreras")
    .option("--force", "skicka igen även till dem som redan fått veckans lägesbild")
    .addHelpText(
      "after",
      "\nE-postinställningar läses från miljövariabler (LAGESBILD_MAIL_FROM, LAGESBILD_MAIL_ALLOWED_DOMAINS, LAGESBILD_SMTP_HOST …)." +
        "\nSlutkod: 0 allt skickat, 1 fel i arbetsböckerna, något misslyckades eller en mottagare vägrades, 2 felaktigt anrop, inställningar eller oläsbar fil.",
    )
    .action(async (source: string, options: SummaryOptions) => {
      const asOf = asOfOption(options.asOf);
      const ports = cliPorts(
        io,
        { source: buildSource, state: buildStateStore, mail: buildTransport },
        {
          source,
          ...(options.transport !== undefined ? { transport: options.transport } : {}),
          ...(options.outbox !== undefined ? { outboxDir: options.outbox } : {}),
          ...(options.state !== undefined ? { stateDir: options.state } : {}),
          ...(options.reportLink !== undefined ? { reportLink: options.reportLink } : {}),
          ...(options.web !== undefined ? { webDir: options.web } : {}),
          webBesideOutbox: true,
        },
      );
      const result = await sendWeekly(ports, {
        asOf,
        now: new Date(),
        force: options.force === true,
        dryRun: options.dryRun === true,
        progress: progressOn(io),
      });
      io.stdout(formatSummaryRun(result.run, result.loaded.programme, outboxOf(ports), webDirOf(ports)));
      if (result.outcome === "workbook-errors")
        io.stderr("Arbetsböckerna har fel; rader med fel är inte med. Kör lagesbild validate för detaljer.\n");
      done(OUTCOME_EXIT[result.outcome]);
    });
}
