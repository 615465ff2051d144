/** The mail transport as configured; nodemailer's SMTP client and the Gmail client load only when used. */
import type { MailTransport } from "../../sinks/mail/mail-transport.ts";
import type { AppMailConfig } from "../config.ts";
import type { GoogleAuthFactory } from "./google-auth.ts";

export async function buildTransport(mail: AppMailConfig, auth: GoogleAuthFactory, rootUrl: string | undefined): Promise<MailTransport> {
  switch (mail.transport) {
    case "outbox": {
      const { outboxTransport } = await import("../../sinks/mail/outbox-transport.ts");
      return outboxTransport(mail.outboxDir);
    }
    case "smtp": {
      const smtp = mail.settings.smtp;
      // loadMailConfig requires the host for smtp, so this is a programming error.
      if (!smtp) throw new Error("SMTP transport without SMTP settings");
      const { smtpTransport } = await import("../../sinks/mail/smtp-transport.ts");
      return smtpTransport(smtp);
    }
    case "gmail": {
      const { gmailTransport, GMAIL_SEND_SCOPE } = await import("../../sinks/mail/gmail-transport.ts");
      return gmailTransport({ auth: await auth(GMAIL_SEND_SCOPE), userId: mail.settings.gmail.userId, ...(rootUrl ? { rootUrl } : {}) });
    }
  }
}
