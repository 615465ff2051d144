/** One log entry per recipient of a scheduled run, at a severity that matches what happened. */
import type { Mailbox } from "../email/address.ts";
import type { Refusal } from "../summary/recipients.ts";
import type { Outcome } from "../summary/send-summaries.ts";
import { IncompleteRunError } from "./errors.ts";
import type { Logger, Severity } from "./log.ts";
import { SAY } from "./messages.ts";

const SEVERITY: Readonly<Record<Outcome["status"], Severity>> = {
  sent: "INFO",
  "already-sent": "INFO",
  "dry-run": "INFO",
  "in-doubt": "WARNING",
  failed: "ERROR",
  "gave-up": "ERROR",
};

export interface Delivery {
  readonly to: Mailbox;
  readonly outcome: Outcome;
}

/** Logs each delivery and refusal; throws IncompleteRunError when a message failed, so the run shows as failed. */
export function logDeliveries(log: Logger, slot: string, deliveries: readonly Delivery[], refused: readonly Refusal[]): void {
  for (const d of deliveries) log.log(SEVERITY[d.outcome.status], `delivery ${d.outcome.status}`, { slot, to: d.to.address, outcome: d.outcome });
  for (const r of refused) log.warning("recipient refused", { slot, address: r.address, source: r.source, reason: r.reason });
  const failed = deliveries.filter((d) => d.outcome.status === "failed" || d.outcome.status === "gave-up").length;
  const count = (status: Outcome["status"]) => deliveries.filter((d) => d.outcome.status === status).length;
  log.info("run finished", { slot, sent: count("sent"), alreadySent: count("already-sent"), inDoubt: count("in-doubt"), failed, refused: refused.length });
  if (failed > 0) throw new IncompleteRunError(SAY.incomplete(failed));
}
