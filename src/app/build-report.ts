/**
 * One delrapport as a .docx file, ready to store or send. The renderer and
 * docx are loaded here, on the paths that build a report, not when a function
 * starts.
 */
import { outlineFor } from "../report/outline/outline.ts";
import { DateTime } from "luxon";
import type { Programme, Report } from "../domain/model.ts";
import { ZONE } from "../indicators/calendar.ts";
import { computeStatus } from "../indicators/compute-status.ts";
import type { FigureAlt, MissingItem } from "../report/context.ts";
import { DOCX_CONTENT_TYPE, type ReportFile } from "../sinks/report-store/report-store.ts";
import { ReportNotFoundError } from "../shared/errors.ts";
import type { Loaded } from "./load-workbooks.ts";
import { SAY } from "./messages.ts";
import { currentDraftReport } from "../report-draft/current-report.ts";

/** Which report: its number, the current draft (status `utkast`), or the latest dated on or before the as-of date. */
export type ReportChoice = number | "current-draft" | "latest";

export interface BuiltReport {
  readonly report: Report;
  /** The document; none when `strict` refused a draft. */
  readonly file?: ReportFile;
  /** Written despite errors or missing parts: marked UTKAST, with the problems in an appendix. */
  readonly draft: boolean;
  readonly missing: readonly MissingItem[];
  /** How many headings the document has. */
  readonly headings: number;
  /** The figures' alt texts in document order, for a PDF converter that drops them. */
  readonly figures: readonly FigureAlt[];
}

/** The report chosen; a ReportNotFoundError when the sheet Rapporter has no such report. */
export function chooseReport(programme: Programme, which: ReportChoice, asOf: string | undefined): Report {
  if (typeof which === "number") {
    const report = programme.reports.find((r) => r.number === which);
    if (!report) throw ReportNotFoundError.numbered(which);
    return report;
  }
  if (which === "current-draft") {
    const report = currentDraftReport(programme);
    if (!report) throw new ReportNotFoundError(SAY.noDraftReport);
    return report;
  }
  const byDate = [...programme.reports].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  const report = byDate.filter((r) => asOf === undefined || r.date <= asOf).pop() ?? byDate[0];
  if (!report) throw new ReportNotFoundError(SAY.noReports);
  return report;
}

/** Renders the report with the indicators as of `asOf`; `now` only names the file. */
export async function buildReport(loaded: Loaded, report: Report, asOf: string, now: Date, strict = false): Promise<BuiltReport> {
  const { programme, problems } = loaded;
  const outline = outlineFor(loaded.outlines, report);
  const [{ renderReport }, { packReport }] = await Promise.all([import("../report/render-report.ts"), import("../report/pack-report.ts")]);
  const status = computeStatus(programme, { asOf, reportNumber: report.number });
  const rendered = renderReport({ programme, status, outline, reportNumber: report.number, problems, strict });
  const common = { report, draft: rendered.draft, missing: rendered.missing, headings: rendered.outline.length, figures: rendered.figures };
  if (!rendered.document) return common;
  const content = await packReport(rendered.document, outline.language);
  return {
    ...common,
    file: { fileName: reportFileName(report.number, asOf, now, rendered.draft), content, contentType: DOCX_CONTENT_TYPE },
  };
}

/** `delrapport-2_lage-2024-10-01_utkast_skapad-2024-10-01T0701.docx`: sorts by report, then date; unique per minute. */
export function reportFileName(reportNumber: number, asOf: string, now: Date, draft: boolean): string {
  const made = DateTime.fromJSDate(now).setZone(ZONE).toFormat("yyyy-MM-dd'T'HHmmss");
  return `delrapport-${reportNumber}_lage-${asOf}${draft ? "_utkast" : ""}_skapad-${made}.docx`;
}
