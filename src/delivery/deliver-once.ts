import { TransportError, type MailTransport, type OutgoingMessage } from "../sinks/mail/mail-transport.ts";
import type { StateStore } from "../state/state-store.ts";
import { claimDelivery, recordOutcome, type RunStamp } from "./delivery-log.ts";

export type DeliveryOutcome =
  | { readonly status: "sent"; readonly where: string; readonly attempt: number }
  | { readonly status: "failed"; readonly error: string }
  | { readonly status: "already-sent"; readonly at: string }
  | { readonly status: "in-doubt"; readonly since?: string; readonly error?: string }
  | { readonly status: "gave-up"; readonly attempts: number };

export interface DeliveryInput {
  readonly store: StateStore;
  readonly slot: string;
  readonly address: string;
  readonly stamp: RunStamp;
  readonly transport: MailTransport;
  /** Builds the message for the claimed attempt; a builder that throws counts as a failed attempt. */
  readonly message: (attempt: number) => OutgoingMessage | Promise<OutgoingMessage>;
  /** Send again even if the slot already has it. */
  readonly force?: boolean;
}

/**
 * Claim, send, record: the once-per-slot guarantee shared by the weekly
 * summary and the monthly draft. The claim is a create-only write before
 * sending, so of two runs only one sends; a failure frees the next attempt.
 */
export async function deliverOnce(input: DeliveryInput): Promise<DeliveryOutcome> {
  const { store, stamp, force = false } = input;
  const claim = await claimDelivery(store, input.slot, input.address, stamp, force);
  if (claim.kind === "already-sent") return { status: "already-sent", at: claim.at };
  if (claim.kind === "in-doubt") return { status: "in-doubt", ...(claim.since ? { since: claim.since } : {}) };
  if (claim.kind === "gave-up") return { status: "gave-up", attempts: claim.attempts };

  const base = { ...stamp, attempt: claim.attempt, ...(force ? { forced: true } : {}) };
  let outgoing: OutgoingMessage;
  let where: string;
  try {
    outgoing = await input.message(claim.attempt);
    where = (await input.transport.send(outgoing)).where;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (error instanceof TransportError && error.inDoubt) {
      // The server may have kept the message: sending it again could give the recipient two.
      await recordOutcome(store, claim.key, { state: "in-doubt", ...base, error: text });
      return { status: "in-doubt", since: stamp.at, error: text };
    }
    await recordOutcome(store, claim.key, { state: "failed", ...base, error: text });
    return { status: "failed", error: text };
  }
  // A store failure here propagates: the claim stays "sending", so the message is not sent twice.
  await recordOutcome(store, claim.key, { state: "sent", ...base, where, messageId: outgoing.messageId });
  return { status: "sent", where, attempt: claim.attempt };
}

/** Whether a message did not certainly arrive: failed, given up on, or in doubt. A run with any of these is not a success. */
export function isUndelivered(outcome: { readonly status: string }): boolean {
  return outcome.status === "failed" || outcome.status === "gave-up" || outcome.status === "in-doubt";
}
