import type { Command } from "commander";
import { TRANSPORTS } from "../../config/mail.ts";
import { computeStatus } from "../../indicators/compute-status.ts";
import { fileStateStore } from "../../state/file-state-store.ts";
import { formatSummaryRun } from "../../summary/run-report.ts";
import { sendSummaries } from "../../summary/send-summaries.ts";
import { asOfOption } from "../as-of.ts";
import { EXIT, type CliIo, type ExitCode } from "../io.ts";
import { loadForCommand } from "../load.ts";
import { DEFAULT_OUTBOX, DEFAULT_STATE, mailConfig, openTransport, transportOption } from "../mail-setup.ts";

interface SummaryOptions {
  asOf?: string;
  transport: string;
  outbox: string;
  state: string;
  reportLink?: string;
  dryRun?: boolean;
  force?: boolean;
}

export function registerSummary(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("summary")
    .description("Skicka veckans lägesbild till samordnare, chefer och byggstenarnas ansvariga, en gång per mottagare och vecka.")
    .argument("<source>", "mappen med arbetsböckerna")
    .option("--as-of <datum>", "lägesdatum, t.ex. 2024-09-18 (standard: i dag)")
    .option("--transport <sätt>", `hur meddelandena skickas: ${TRANSPORTS.join(", ")}`, "outbox")
    .option("--outbox <mapp>", "mappen för .eml-filer med --transport outbox", DEFAULT_OUTBOX)
    .option("--state <mapp>", "mappen där det som skickats och senaste ögonblicksbilden sparas", DEFAULT_STATE)
    .option("--report-link <var>", "var den senaste rapporten finns: en sökväg eller en länk")
    .option("--dry-run", "skriv bara ut vad som skulle skickas; inget skickas och inget registreras")
    .option("--force", "skicka igen även till dem som redan fått veckans lägesbild")
    .addHelpText(
      "after",
      "\nE-postinställningar läses från miljövariabler (LAGESBILD_MAIL_FROM, LAGESBILD_MAIL_ALLOWED_DOMAINS, LAGESBILD_SMTP_HOST …)." +
        "\nSlutkod: 0 allt skickat, 1 något misslyckades eller en mottagare vägrades, 2 felaktigt anrop eller inställningar.",
    )
    .action(async (source: string, options: SummaryOptions) => {
      const asOf = asOfOption(options.asOf);
      const transportName = transportOption(options.transport);
      const config = mailConfig(io, transportName);
      const { programme, problems } = await loadForCommand(source, io);
      const status = computeStatus(programme, { asOf });
      const transport = await openTransport(transportName, options.outbox, config);
      try {
        const run = await sendSummaries({
          programme,
          problems,
          status,
          from: config.from,
          rules: { ...(config.allowedDomains ? { allowedDomains: config.allowedDomains } : {}), extraRecipients: config.extraRecipients },
          store: fileStateStore(options.state),
          transport,
          now: new Date(),
          ...(options.reportLink ? { reportLink: options.reportLink } : {}),
          force: Boolean(options.force),
          dryRun: Boolean(options.dryRun),
        });
        io.stdout(formatSummaryRun(run, programme, transportName === "outbox" ? options.outbox : undefined));
        const trouble = run.refused.length > 0 || run.results.some((r) => r.outcome.status === "failed" || r.outcome.status === "gave-up");
        done(trouble ? EXIT.invalid : EXIT.ok);
      } finally {
        await transport.close();
      }
    });
}
