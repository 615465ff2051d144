/** The one place a message becomes MIME: nodemailer's composer, never hand-written headers or encodings. */
import { createHash } from "node:crypto";
import MailComposer from "nodemailer/lib/mail-composer";
import type { Mailbox } from "../../email/address.ts";
import type { OutgoingMessage } from "./mail-transport.ts";

/**
 * The complete RFC 5322 message: multipart/alternative with the plain text
 * first and the HTML second, CRLF line ends. Deterministic: the boundary is
 * derived from the content, so the same message always gives the same bytes
 * (whichever transport ships it, and in tests).
 */
export async function buildMime(message: OutgoingMessage): Promise<Buffer> {
  const composer = new MailComposer({
    from: address(message.from),
    to: address(message.to),
    subject: message.subject,
    text: message.text,
    html: message.html,
    date: message.date,
    messageId: message.messageId,
    ...(message.attachments?.length
      ? { attachments: message.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })) }
      : {}),
    headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
    newline: "windows",
    baseBoundary: boundaryOf(message),
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}

function address(box: Mailbox): { name: string; address: string } | string {
  return box.name ? { name: box.name, address: box.address } : box.address;
}

function boundaryOf(message: OutgoingMessage): string {
  const hash = createHash("sha256");
  for (const part of [message.messageId, message.subject, message.text, message.html]) hash.update(part).update("\u0000");
  for (const a of message.attachments ?? []) hash.update(a.filename).update("\u0000").update(a.content).update("\u0000");
  return hash.digest("hex").slice(0, 24);
}
