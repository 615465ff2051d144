/** The summary function's work: the weekly lägesbild, once per recipient and ISO week, state in the configured store. */
import { computeStatus } from "../indicators/compute-status.ts";
import { sendSummaries } from "../summary/send-summaries.ts";
import { loadValidated } from "./load-validated.ts";
import { logDeliveries } from "./log-deliveries.ts";
import { requireReadableCentral } from "./readable-source.ts";
import type { Runtime } from "./runtime.ts";

export interface ScheduledRequest {
  readonly asOf: string;
  readonly now: Date;
}

export interface SummaryResult {
  readonly slot: string;
  readonly sent: number;
  readonly alreadySent: number;
}

export async function runSummary(runtime: Runtime, request: ScheduledRequest): Promise<SummaryResult> {
  const { programme, problems } = requireReadableCentral(await loadValidated(runtime));
  const mail = runtime.mail();
  const store = await runtime.stateStore();
  const transport = await runtime.openTransport();
  const run = await sendSummaries({
    programme,
    problems,
    status: computeStatus(programme, { asOf: request.asOf }),
    from: mail.settings.from,
    rules: { ...(mail.settings.allowedDomains ? { allowedDomains: mail.settings.allowedDomains } : {}), extraRecipients: mail.settings.extraRecipients },
    store,
    transport,
    now: request.now,
    ...(mail.reportLink ? { reportLink: mail.reportLink } : {}),
  }).finally(() => transport.close());
  const log = runtime.log.with({ run: "summary" });
  logDeliveries(log, run.slot, run.results.map((r) => ({ to: r.to, outcome: r.outcome })), run.refused);
  return {
    slot: run.slot,
    sent: run.results.filter((r) => r.outcome.status === "sent").length,
    alreadySent: run.results.filter((r) => r.outcome.status === "already-sent").length,
  };
}
