/** Use case: the weekly lägesbild, once per recipient and ISO week, with what changed since the last one. */
import { computeStatus } from "../indicators/compute-status.ts";
import type { Progress } from "../pipeline/load-programme.ts";
import { sendSummaries, type SummaryRun } from "../summary/send-summaries.ts";
import { type Loaded, loadWorkbooks } from "./load-workbooks.ts";
import { type DeliveryCounts, logDeliveries } from "./log-deliveries.ts";
import { type Outcome, outcomeOf } from "./outcome.ts";
import type { Ports } from "./ports.ts";
import { requireReadableCentral } from "./readable-source.ts";
import { webPublisher } from "./web-publisher.ts";

export interface WeeklyRequest {
  readonly asOf: string;
  /** The moment of the run: the Date header and the delivery records. */
  readonly now: Date;
  /** Where the latest report is; the configured link when absent. */
  readonly reportLink?: string;
  /** Send again even what the week has already sent. */
  readonly force?: boolean;
  /** Compose and list only: nothing sent, nothing recorded. */
  readonly dryRun?: boolean;
  /** Already read (the command line's run reads once for every step). */
  readonly loaded?: Loaded;
  readonly progress?: Progress;
}

export interface WeeklyResult {
  readonly loaded: Loaded;
  readonly run: SummaryRun;
  readonly counts: DeliveryCounts;
  readonly outcome: Outcome;
}

export async function sendWeekly(ports: Ports, request: WeeklyRequest): Promise<WeeklyResult> {
  const loaded = requireReadableCentral(request.loaded ?? (await loadWorkbooks(ports, request.progress)));
  const { programme, problems } = loaded;
  const mail = ports.mail();
  const reportLink = request.reportLink ?? mail.reportLink;
  const store = await ports.stateStore();
  const transport = await ports.openTransport();
  const publishWeb = webPublisher(ports);
  const run = await sendSummaries({
    programme,
    problems,
    status: computeStatus(programme, { asOf: request.asOf }),
    from: mail.settings.from,
    rules: {
      ...(mail.settings.allowedDomains ? { allowedDomains: mail.settings.allowedDomains } : {}),
      extraRecipients: mail.settings.extraRecipients,
    },
    store,
    transport,
    now: request.now,
    ...(reportLink ? { reportLink } : {}),
    force: request.force === true,
    dryRun: request.dryRun === true,
    ...(publishWeb ? { publishWeb } : {}),
  }).finally(() => transport.close());
  const log = ports.log.with({ run: "summary" });
  const counts = logDeliveries(log, run.slot, run.results, run.refused);
  if (run.web?.error) log.log("WARNING", "web pages not published", { slot: run.slot, error: run.web.error });
  else if (run.web)
    log.log("INFO", "web pages published", { slot: run.slot, ...(run.web.pages ? { overview: run.web.pages.overview } : {}) });
  return { loaded, run, counts, outcome: outcomeOf(problems, counts.failed + counts.inDoubt + counts.refused > 0) };
}
