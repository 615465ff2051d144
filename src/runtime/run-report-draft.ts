/**
 * The reportDraft function's work: on the month's first weekday (or whenever
 * asked without that condition), build the current draft delrapport and send
 * it to the managers, once per month.
 */
import { currentDraftReport, isFirstWeekdayOfMonth, monthSlot } from "../report-draft/current-report.ts";
import { sendReportDraft } from "../report-draft/send-draft.ts";
import { buildReport } from "./build-report.ts";
import { loadValidated } from "./load-validated.ts";
import { logDeliveries } from "./log-deliveries.ts";
import { requireReadableCentral } from "./readable-source.ts";
import type { Runtime } from "./runtime.ts";
import type { ScheduledRequest } from "./run-summary.ts";

export interface DraftRequest extends ScheduledRequest {
  /** Send only if `asOf` is the month's first weekday (the schedule fires on days 1–3). */
  readonly firstWeekdayOnly: boolean;
}

export type DraftResultSummary =
  | { readonly skipped: "not-first-weekday" | "no-draft-report" }
  | { readonly slot: string; readonly report: number; readonly delivery: "attached" | "link"; readonly sent: number; readonly alreadySent: number };

export async function runReportDraft(runtime: Runtime, request: DraftRequest): Promise<DraftResultSummary> {
  const log = runtime.log.with({ run: "reportDraft" });
  if (request.firstWeekdayOnly && !isFirstWeekdayOfMonth(request.asOf)) {
    log.info("not the first weekday of the month: nothing to do", { asOf: request.asOf });
    return { skipped: "not-first-weekday" };
  }
  const loaded = requireReadableCentral(await loadValidated(runtime));
  const report = currentDraftReport(loaded.programme);
  if (!report) {
    log.warning("no report with status utkast on the sheet Rapporter: no draft sent", { asOf: request.asOf });
    return { skipped: "no-draft-report" };
  }
  const built = await buildReport(loaded, report.number, request.asOf, request.now);
  const mail = runtime.mail();
  const [store, transport] = [await runtime.stateStore(), await runtime.openTransport()];
  const run = await sendReportDraft({
    programme: loaded.programme,
    report,
    asOf: request.asOf,
    slot: monthSlot(request.asOf),
    document: built.file,
    counts: {
      errors: loaded.problems.filter((p) => p.severity === "error").length,
      warnings: loaded.problems.filter((p) => p.severity === "warning").length,
      missing: built.missing.length,
    },
    from: mail.settings.from,
    ...(mail.settings.allowedDomains ? { allowedDomains: mail.settings.allowedDomains } : {}),
    store,
    transport,
    attachMaxBytes: mail.draftAttachMaxBytes,
    storeForLink: async (file) => (await runtime.reportStore()).save(file),
    now: request.now,
  }).finally(() => transport.close());
  logDeliveries(log, run.slot, run.results, run.refused);
  return {
    slot: run.slot,
    report: report.number,
    delivery: run.delivery,
    sent: run.results.filter((r) => r.outcome.status === "sent").length,
    alreadySent: run.results.filter((r) => r.outcome.status === "already-sent").length,
  };
}
