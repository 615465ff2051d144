/**
 * Use case: the month's draft delrapport to the managers, once per month. On
 * a schedule it builds the current draft on the month's first weekday; the
 * command line's `report --send` hands over the report it has just built.
 */
import { currentDraftReport, isFirstWeekdayOfMonth, monthSlot } from "../report-draft/current-report.ts";
import { type DraftRun, sendReportDraft } from "../report-draft/send-draft.ts";
import { type BuiltReport, buildReport } from "./build-report.ts";
import { type Loaded, loadWorkbooks } from "./load-workbooks.ts";
import { type DeliveryCounts, logDeliveries } from "./log-deliveries.ts";
import { type Outcome, outcomeOf } from "./outcome.ts";
import type { Ports } from "./ports.ts";
import { requireReadableCentral } from "./readable-source.ts";
import { countProblems } from "../validation/problem.ts";

export interface MonthlyDraftRequest {
  readonly asOf: string;
  readonly now: Date;
  /** Send only if `asOf` is the month's first weekday (the schedule fires on days 1–3). */
  readonly firstWeekdayOnly: boolean;
}

export type MonthlyDraftResult =
  | { readonly skipped: "not-first-weekday" | "no-draft-report"; readonly outcome: "ok" }
  | { readonly skipped?: undefined; readonly run: DraftRun; readonly counts: DeliveryCounts; readonly outcome: Outcome };

export async function sendMonthlyDraft(ports: Ports, request: MonthlyDraftRequest): Promise<MonthlyDraftResult> {
  const log = ports.log.with({ run: "reportDraft" });
  if (request.firstWeekdayOnly && !isFirstWeekdayOfMonth(request.asOf)) {
    log.info("not the first weekday of the month: nothing to do", { asOf: request.asOf });
    return { skipped: "not-first-weekday", outcome: "ok" };
  }
  const loaded = requireReadableCentral(await loadWorkbooks(ports));
  const report = currentDraftReport(loaded.programme);
  if (!report) {
    log.warning("no report with status utkast on the sheet Rapporter: no draft sent", { asOf: request.asOf });
    return { skipped: "no-draft-report", outcome: "ok" };
  }
  const built = await buildReport(loaded, report, request.asOf, request.now);
  return sendDraft(ports, { loaded, built, asOf: request.asOf, now: request.now });
}

export interface SendDraftRequest {
  readonly loaded: Loaded;
  /** The report as built; it must have its file (built without `strict`, or without anything to refuse). */
  readonly built: BuiltReport;
  readonly asOf: string;
  readonly now: Date;
}

/** Sends a built report as the month's draft to the managers with Rapportutkast = ja, once per month and manager. */
export async function sendDraft(ports: Ports, request: SendDraftRequest): Promise<MonthlyDraftResult> {
  const { loaded, built } = request;
  const file = built.file;
  if (!file) throw new Error("sendDraft needs a built document");
  const mail = ports.mail();
  const [store, transport] = [await ports.stateStore(), await ports.openTransport()];
  const counts = countProblems(loaded.problems);
  const run = await sendReportDraft({
    programme: loaded.programme,
    report: built.report,
    asOf: request.asOf,
    slot: monthSlot(request.asOf),
    document: file,
    counts: { errors: counts.error, warnings: counts.warning, missing: built.missing.length },
    from: mail.settings.from,
    ...(mail.settings.allowedDomains ? { allowedDomains: mail.settings.allowedDomains } : {}),
    store,
    transport,
    attachMaxBytes: mail.draftAttachMaxBytes,
    storeForLink: async (f) => (await ports.reportStore()).save(f),
    now: request.now,
  }).finally(() => transport.close());
  const delivered = logDeliveries(ports.log.with({ run: "reportDraft" }), run.slot, run.results, run.refused);
  return { run, counts: delivered, outcome: outcomeOf(loaded.problems, delivered.failed + delivered.inDoubt + delivered.refused > 0) };
}
