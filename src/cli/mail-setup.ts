import { loadMailConfig, MailConfigError, TRANSPORTS, type MailConfig, type TransportName } from "../config/mail.ts";
import type { MailTransport } from "../sinks/mail/mail-transport.ts";
import { outboxTransport } from "../sinks/mail/outbox-transport.ts";
import type { CliIo } from "./io.ts";
import { UsageError } from "./open-source.ts";

export const DEFAULT_OUTBOX = "out/outbox";
export const DEFAULT_STATE = "out/state";

export function transportOption(value: string): TransportName {
  const name = TRANSPORTS.find((t) => t === value);
  if (!name) throw new UsageError(`--transport ska vara ${TRANSPORTS.join(", ")}, inte ”${value}”.`);
  return name;
}

/** The mail settings from the environment, every problem a usage error. */
export function mailConfig(io: CliIo, transport: TransportName): MailConfig {
  try {
    const config = loadMailConfig(io.env, transport);
    if (!config.allowedDomains) io.stderr("LAGESBILD_MAIL_ALLOWED_DOMAINS är inte satt: utkorgen tar emot alla adresser från arbetsböckerna.\n");
    return config;
  } catch (error) {
    if (error instanceof MailConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** The SMTP and Gmail libraries load only when used, so the other commands start fast. */
export async function openTransport(name: TransportName, outbox: string, config: MailConfig): Promise<MailTransport> {
  switch (name) {
    case "outbox":
      return outboxTransport(outbox);
    case "smtp": {
      if (!config.smtp) throw new UsageError("SMTP är inte inställt (LAGESBILD_SMTP_HOST).");
      const { smtpTransport } = await import("../sinks/mail/smtp-transport.ts");
      return smtpTransport(config.smtp);
    }
    case "gmail": {
      const [{ gmailTransport, GMAIL_SEND_SCOPE }, { adcClient }] = await Promise.all([
        import("../sinks/mail/gmail-transport.ts"),
        import("../runtime/adc-client.ts"),
      ]);
      return gmailTransport({ auth: adcClient(GMAIL_SEND_SCOPE), userId: config.gmail.userId });
    }
  }
}
