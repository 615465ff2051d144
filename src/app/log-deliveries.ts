/** One log entry per recipient of a run, at a severity that matches what happened. */
import type { Mailbox } from "../email/address.ts";
import type { Refusal } from "../summary/recipients.ts";
import type { Outcome } from "../summary/send-summaries.ts";
import type { Logger, Severity } from "./log.ts";

const SEVERITY: Readonly<Record<Outcome["status"], Severity>> = {
  sent: "INFO",
  "already-sent": "INFO",
  "dry-run": "INFO",
  // Someone must decide whether to send it again (`--force`); a retry of the event cannot, so it is not one.
  "in-doubt": "ERROR",
  failed: "ERROR",
  "gave-up": "ERROR",
};

export interface Delivery {
  readonly to: Mailbox;
  readonly outcome: Outcome;
}

export interface DeliveryCounts {
  readonly sent: number;
  readonly alreadySent: number;
  readonly inDoubt: number;
  /** Failed now, or given up after too many tries. */
  readonly failed: number;
  readonly refused: number;
}

export function countDeliveries(deliveries: readonly Delivery[], refused: readonly Refusal[]): DeliveryCounts {
  const count = (...statuses: Outcome["status"][]) => deliveries.filter((d) => statuses.includes(d.outcome.status)).length;
  return {
    sent: count("sent"),
    alreadySent: count("already-sent"),
    inDoubt: count("in-doubt"),
    failed: count("failed", "gave-up"),
    refused: refused.length,
  };
}

/** Logs each delivery and refusal, then the counts, and returns them. */
export function logDeliveries(log: Logger, slot: string, deliveries: readonly Delivery[], refused: readonly Refusal[]): DeliveryCounts {
  for (const d of deliveries)
    log.log(SEVERITY[d.outcome.status], `delivery ${d.outcome.status}`, { slot, to: d.to.address, outcome: d.outcome });
  for (const r of refused) log.warning("recipient refused", { slot, address: r.address, source: r.source, reason: r.reason });
  const counts = countDeliveries(deliveries, refused);
  log.info("run finished", { slot, ...counts });
  return counts;
}
