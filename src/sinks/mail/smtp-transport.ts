/**
 * Sending through an SMTP relay with nodemailer: STARTTLS required (or TLS
 * from the start), authenticated. Only a clear answer is a failure: a refusal
 * (4xx/5xx), or a break before the message's data went out. A break after it
 * without an answer leaves the message in doubt (RFC 5321 §6.1 warns of
 * exactly these duplicates), and it is reported as such.
 */
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
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
      const bytes = await buildMime(message);
      // The message is read only once the server has said go ahead (354) to DATA; from then on it may keep it.
      let dataStarted = false;
      const raw = new Readable({
        read() {
          dataStarted = true;
          this.push(bytes);
          this.push(null);
        },
      });
      try {
        const info = await transporter.sendMail({ envelope: { from: message.from.address, to: [message.to.address] }, raw });
        return { where: `${server} (${oneLine(String(info.response ?? "250"))})` };
      } catch (error) {
        const answered = typeof (error as { responseCode?: unknown }).responseCode === "number";
        if (dataStarted && !answered) {
          throw new TransportError(
            `SMTP-servern ${server} fick meddelandet men svarade aldrig om det togs emot: ${oneLine((error as Error).message)}`,
            {
              cause: error,
              inDoubt: true,
            },
          );
        }
        throw new TransportError(`SMTP-servern ${server} tog inte emot meddelandet: ${oneLine((error as Error).message)}`, {
          cause: error,
        });
      }
    },
    close: async () => transporter.close(),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim().slice(0, 300);
}
