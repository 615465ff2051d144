import type { Command } from "commander";
import { loadMailConfig, MailConfigError, TRANSPORTS, type MailConfig, type TransportName } from "../../config/mail.ts";
import { computeStatus } from "../../indicators/compute-status.ts";
import type { MailTransport } from "../../sinks/mail/mail-transport.ts";
import { outboxTransport } from "../../sinks/mail/outbox-transport.ts";
import { fileStateStore } from "../../state/file-state-store.ts";
import { formatSummaryRun } from "../../summary/run-report.ts";
import { sendSummaries } from "../../summary/send-summaries.ts";
import { asOfOption } from "../as-of.ts";
import { EXIT, type CliIo, type ExitCode } from "../io.ts";
import { loadForCommand } from "../load.ts";
import { UsageError } from "../open-source.ts";

export const DEFAULT_OUTBOX = "out/outbox";
export const DEFAULT_STATE = "out/state";

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

function mailConfig(io: CliIo, transport: TransportName): MailConfig {
  try {
    const config = loadMailConfig(io.env, transport);
    if (!config.allowedDomains) io.stderr("LAGESBILD_MAIL_ALLOWED_DOMAINS är inte satt: utkorgen tar emot alla adresser från arbetsböckerna.\n");
    return config;
  } catch (error) {
    if (error instanceof MailConfigError) throw new UsageError(error.message);
    throw error;
  }
}

function transportOption(value: string): TransportName {
  const name = TRANSPORTS.find((t) => t === value);
  if (!name) throw new UsageError(`--transport ska vara ${TRANSPORTS.join(", ")}, inte ”${value}”.`);
  return name;
}

/** The SMTP and Gmail libraries load only when used, so the other commands start fast. */
async function openTransport(name: TransportName, outbox: string, config: MailConfig): Promise<MailTransport> {
  switch (name) {
    case "outbox":
      return outboxTransport(outbox);
    case "smtp": {
      if (!config.smtp) throw new UsageError("SMTP är inte inställt (LAGESBILD_SMTP_HOST).");
      const { smtpTransport } = await import("../../sinks/mail/smtp-transport.ts");
      return smtpTransport(config.smtp);
    }
    case "gmail": {
      const [{ gmailTransport, GMAIL_SEND_SCOPE }, { GoogleAuth }] = await Promise.all([
        import("../../sinks/mail/gmail-transport.ts"),
        import("google-auth-library"),
      ]);
      return gmailTransport({ auth: new GoogleAuth({ scopes: [GMAIL_SEND_SCOPE] }), userId: config.gmail.userId });
    }
  }
}
