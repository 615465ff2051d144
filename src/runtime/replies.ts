/**
 * What the functions answer: each use case's result as the JSON a caller or
 * the log reads. A scheduled run that failed to send something throws, so
 * Cloud Run shows the run as failed (a rerun sends only what is missing).
 */
import { IncompleteRunError } from "../app/errors.ts";
import type { DeliveryCounts } from "../app/log-deliveries.ts";
import { SAY } from "../app/messages.ts";
import type { MonthlyDraftResult } from "../app/monthly-draft.ts";
import type { ReportResult } from "../app/report.ts";
import type { ValidateResult } from "../app/validate.ts";
import { validationSummary } from "../app/validation-summary.ts";
import type { WeeklyResult } from "../app/weekly.ts";

export function validateReply({ loaded }: ValidateResult) {
  return {
    ...validationSummary(loaded.problems),
    workbooks: loaded.programme.workbooks.map((w) => ({ name: w.name, location: w.location, readable: w.readable })),
  };
}

export function reportReply(result: ReportResult) {
  const { built, stored } = result;
  if (!stored) throw new Error("a report built without strict is always stored");
  return {
    report: { number: built.report.number, title: built.report.title, asOf: result.asOf },
    link: stored.link,
    fileName: stored.fileName,
    draft: built.draft,
    missing: built.missing,
    validation: validationSummary(result.loaded.problems),
    ...(result.pdf
      ? {
          pdf:
            "error" in result.pdf
              ? { error: result.pdf.error }
              : { link: result.pdf.stored.link, fileName: result.pdf.stored.fileName, figuresWithoutAlt: result.pdf.figuresWithoutAlt },
        }
      : {}),
  };
}

export function weeklyReply(result: WeeklyResult) {
  failWhenUnsent(result.counts);
  return { slot: result.run.slot, sent: result.counts.sent, alreadySent: result.counts.alreadySent };
}

export function monthlyDraftReply(result: MonthlyDraftResult) {
  if (result.skipped) return { skipped: result.skipped };
  failWhenUnsent(result.counts);
  const { run, counts } = result;
  return { slot: run.slot, report: run.report.number, delivery: run.delivery, sent: counts.sent, alreadySent: counts.alreadySent };
}

function failWhenUnsent(counts: DeliveryCounts): void {
  if (counts.failed > 0) throw new IncompleteRunError(SAY.incomplete(counts.failed));
}
