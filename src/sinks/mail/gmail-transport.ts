/**
 * Sending through the Gmail API (`users.messages.send`), the raw message built
 * by the same MIME composer as every other transport. Sends are never retried
 * by the client: a retry after an unanswered send could deliver twice.
 */
import { gmail, type GlobalOptions } from "@googleapis/gmail";
import { buildMime } from "./mime.ts";
import { TransportError, type Delivered, type MailTransport, type OutgoingMessage } from "./mail-transport.ts";

/** Scope the credentials need, and no more. */
export const GMAIL_SEND_SCOPE = "https://www.googleapis.com/auth/gmail.send";

export interface GmailTransportOptions {
  /** An authenticated client (Application Default Credentials in production). */
  readonly auth: NonNullable<GlobalOptions["auth"]>;
  /** The sending account: `me` for the authenticated user. */
  readonly userId: string;
  /** Another API root, for tests against a local server. */
  readonly rootUrl?: string;
  readonly timeoutMs?: number;
}

export function gmailTransport(options: GmailTransportOptions): MailTransport {
  const client = gmail({
    version: "v1",
    auth: options.auth,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    timeout: options.timeoutMs ?? 60_000,
    retry: false,
  });
  return {
    name: "gmail",
    async send(message: OutgoingMessage): Promise<Delivered> {
      const raw = (await buildMime(message)).toString("base64url");
      try {
        const response = await client.users.messages.send({ userId: options.userId, requestBody: { raw } });
        return { where: `Gmail (${response.data.id ?? "utan id"})` };
      } catch (error) {
        const status = (error as { status?: number }).status;
        throw new TransportError(`Gmail tog inte emot meddelandet${status ? ` (HTTP ${status})` : ""}: ${(error as Error).message}`, {
          cause: error,
        });
      }
    },
    close: async () => undefined,
  };
}
