/** Sending through an SMTP relay with nodemailer: STARTTLS required (or TLS from the start), authenticated. */
import { readFile } from "node:fs/promises";
import { rootCertificates } from "node:tls";
import nodemailer from "nodemailer";
import type { SmtpConfig } from "../../config/mail.ts";
import { buildMime } from "./mime.ts";
import { TransportError, type Delivered, type MailTransport, type OutgoingMessage } from "./mail-transport.ts";

/** Timeouts in milliseconds: generous for a slow relay, bounded so a scheduled run cannot hang. */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as const;

/** An SMTP transport from the configuration; reads the CA file, if one is configured, once. */
export async function smtpTransport(config: SmtpConfig): Promise<MailTransport> {
  const extraCa = config.caFile ? await readFile(config.caFile, "utf8") : undefined;
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.security === "tls",
    requireTLS: config.security === "starttls",
    ...(config.auth ? { auth: { user: config.auth.user, pass: config.auth.pass } } : {}),
    tls: { minVersion: "TLSv1.2", ...(extraCa ? { ca: [...rootCertificates, extraCa] } : {}) },
    disableFileAccess: true,
    disableUrlAccess: true,
    ...TIMEOUTS,
  });
  const server = `${config.host}:${config.port}`;
  return {
    name: "smtp",
    async send(message: OutgoingMessage): Promise<Delivered> {
      const raw = await buildMime(message);
      try {
        const info = await transporter.sendMail({ envelope: { from: message.from.address, to: [message.to.address] }, raw });
        return { where: `${server} (${oneLine(String(info.response ?? "250"))})` };
      } catch (error) {
        throw new TransportError(`SMTP-servern ${server} tog inte emot meddelandet: ${oneLine((error as Error).message)}`, { cause: error });
      }
    },
    close: async () => transporter.close(),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim().slice(0, 300);
}
