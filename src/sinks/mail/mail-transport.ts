/**
 * Where composed messages go: an outbox folder, an SMTP relay or the Gmail API.
 * Every transport ships the same MIME bytes, built once by nodemailer's composer.
 */
import type { Mailbox } from "../../email/address.ts";

/** A file sent with a message, e.g. the monthly report draft. */
export interface MailAttachment {
  readonly filename: string;
  readonly content: Buffer;
  readonly contentType: string;
}

export interface OutgoingMessage {
  /** File-safe and unique per slot and recipient, e.g. `2024-W38_anna@x.se`; names the outbox file. */
  readonly id: string;
  readonly from: Mailbox;
  readonly to: Mailbox;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The Date header; passed in, never read from the clock here. */
  readonly date: Date;
  /** `<…@…>`: stable per slot and recipient, so mail systems can recognise a duplicate. */
  readonly messageId: string;
  /** Files sent along after the text and HTML (the message becomes multipart/mixed). */
  readonly attachments?: readonly MailAttachment[];
}

export interface Delivered {
  /** Where the message went, for people: a file path, or the server and its answer. */
  readonly where: string;
}

export interface MailTransport {
  /** `outbox`, `smtp` or `gmail`. */
  readonly name: string;
  /** Sends one message; throws `TransportError` when it was not accepted. */
  send(message: OutgoingMessage): Promise<Delivered>;
  close(): Promise<void>;
}

/**
 * A message was not accepted; `cause` holds the library's error. `inDoubt`: it
 * may have been, as when a server took the message's data and the connection
 * ended before its answer; such a message must not be sent again unasked.
 */
export class TransportError extends Error {
  override readonly name = "TransportError";
  readonly inDoubt: boolean;
  constructor(message: string, options?: { cause?: unknown; inDoubt?: boolean }) {
    super(message, options);
    this.inDoubt = options?.inDoubt ?? false;
  }
}
