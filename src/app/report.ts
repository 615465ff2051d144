/** Use case: build a delrapport, store it, and say where it is and what the workbooks lacked. */
import type { Progress } from "../pipeline/load-programme.ts";
import { PdfConversionError } from "../sinks/pdf/pdf-conversion-error.ts";
import type { ReportStore, StoredReport } from "../sinks/report-store/report-store.ts";
import { type BuiltReport, buildReport, chooseReport, type ReportChoice } from "./build-report.ts";
import { type Loaded, loadWorkbooks } from "./load-workbooks.ts";
import { type Outcome, outcomeOf } from "./outcome.ts";
import type { Ports } from "./ports.ts";
import { requireReadableCentral } from "./readable-source.ts";

export interface ReportRequest {
  readonly which: ReportChoice;
  /** The date of the figures; the report's own date when absent. */
  readonly asOf?: string;
  readonly now: Date;
  /** Store nothing when the workbooks have errors or anything is missing. */
  readonly strict?: boolean;
  /** Also store the tagged PDF (besides the configuration's LAGESBILD_REPORT_PDF). */
  readonly pdf?: boolean;
  /** Already read (the command line's run reads once for every step). */
  readonly loaded?: Loaded;
  readonly progress?: Progress;
}

export interface ReportResult {
  readonly loaded: Loaded;
  readonly built: BuiltReport;
  readonly asOf: string;
  /** Where it went; none when `strict` refused a draft. */
  readonly stored?: StoredReport;
  /** The PDF beside it, when asked for: where it went, or why there is none (the .docx is stored all the same). */
  readonly pdf?: StoredPdf;
  readonly outcome: Outcome;
}

export async function makeReport(ports: Ports, request: ReportRequest): Promise<ReportResult> {
  const loaded = requireReadableCentral(request.loaded ?? (await loadWorkbooks(ports, request.progress)));
  const report = chooseReport(loaded.programme, request.which, request.asOf);
  const asOf = request.asOf ?? report.date;
  const built = await buildReport(loaded, report, asOf, request.now, request.strict === true);
  const outcome = outcomeOf(loaded.problems, built.missing.length > 0);
  if (!built.file) return { loaded, built, asOf, outcome };
  const store = await ports.reportStore();
  const stored = await store.save(built.file);
  ports.log.info("report stored", {
    report: report.number,
    asOf,
    draft: built.draft,
    bytes: built.file.content.length,
    where: store.where,
    link: stored.link,
  });
  const pdf = request.pdf === true || ports.config.pdf.always ? await storePdf(ports, store, built) : undefined;
  return { loaded, built, asOf, stored, outcome, ...(pdf ? { pdf } : {}) };
}

export type StoredPdf = { readonly stored: StoredReport; readonly figuresWithoutAlt: number } | { readonly error: string };

async function storePdf(ports: Ports, store: ReportStore, built: BuiltReport): Promise<StoredPdf | undefined> {
  if (!built.file) return undefined;
  try {
    const { file, figuresWithoutAlt } = await ports.toPdf(built.file, built.figures);
    const stored = await store.save(file);
    ports.log.info("report pdf stored", { bytes: file.content.length, link: stored.link, figuresWithoutAlt });
    return { stored, figuresWithoutAlt };
  } catch (error) {
    if (!(error instanceof PdfConversionError)) throw error;
    ports.log.warning("no report pdf", { reason: error.message });
    return { error: error.message };
  }
}
