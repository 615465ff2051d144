/** The report function's work: build a delrapport, store it, and say where it is and what the workbooks lacked. */
import { currentDraftReport } from "../report-draft/current-report.ts";
import type { MissingItem } from "../report/context.ts";
import { ReportNotFoundError } from "./errors.ts";
import { buildReport } from "./build-report.ts";
import { loadValidated, type Loaded } from "./load-validated.ts";
import { SAY } from "./messages.ts";
import type { Runtime } from "./runtime.ts";
import { requireReadableCentral } from "./readable-source.ts";
import { validationSummary, type ValidationSummary } from "./validation-summary.ts";

export interface ReportRequest {
  /** The report's number on the sheet Rapporter; the current draft when absent. */
  readonly reportNumber?: number;
  readonly asOf: string;
  readonly now: Date;
}

export interface ReportResult {
  readonly report: { readonly number: number; readonly title: string; readonly asOf: string };
  readonly link: string;
  readonly fileName: string;
  readonly draft: boolean;
  readonly missing: readonly MissingItem[];
  readonly validation: ValidationSummary;
}

export async function runReport(runtime: Runtime, request: ReportRequest): Promise<ReportResult> {
  const loaded = requireReadableCentral(await loadValidated(runtime));
  const reportNumber = request.reportNumber ?? currentNumber(loaded);
  const built = await buildReport(loaded, reportNumber, request.asOf, request.now);
  const store = await runtime.reportStore();
  const stored = await store.save(built.file);
  runtime.log.info("report stored", { report: reportNumber, asOf: request.asOf, draft: built.draft, bytes: built.file.content.length, where: store.where, link: stored.link });
  return {
    report: { number: reportNumber, title: built.report.title, asOf: request.asOf },
    link: stored.link,
    fileName: stored.fileName,
    draft: built.draft,
    missing: built.missing,
    validation: validationSummary(loaded.problems),
  };
}

function currentNumber(loaded: Loaded): number {
  const current = currentDraftReport(loaded.programme);
  if (!current) throw new ReportNotFoundError(SAY.noDraftReport);
  return current.number;
}
