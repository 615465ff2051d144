/**
 * One delrapport as a .docx file, ready to store or send. The renderer and
 * docx are loaded here, on the paths that build a report, not when a function
 * starts.
 */
import { DateTime } from "luxon";
import type { Report } from "../domain/model.ts";
import { ZONE } from "../indicators/calendar.ts";
import { computeStatus } from "../indicators/compute-status.ts";
import type { MissingItem } from "../report/context.ts";
import { DOCX_CONTENT_TYPE, type ReportFile } from "../sinks/report-store/report-store.ts";
import { ReportNotFoundError } from "./errors.ts";
import type { Loaded } from "./load-validated.ts";
import { SAY } from "./messages.ts";

export interface BuiltReport {
  readonly report: Report;
  readonly file: ReportFile;
  /** Written despite errors or missing parts: marked UTKAST, with the problems in an appendix. */
  readonly draft: boolean;
  readonly missing: readonly MissingItem[];
}

/** Renders delrapport `reportNumber` with the indicators as of `asOf`; `now` only names the file. */
export async function buildReport(loaded: Loaded, reportNumber: number, asOf: string, now: Date): Promise<BuiltReport> {
  const { programme, problems, outline } = loaded;
  const report = programme.reports.find((r) => r.number === reportNumber);
  if (!report) throw new ReportNotFoundError(SAY.unknownReport(reportNumber));
  const [{ renderReport }, { Packer }] = await Promise.all([import("../report/render-report.ts"), import("docx")]);
  const status = computeStatus(programme, { asOf, reportNumber });
  const rendered = renderReport({ programme, status, outline, reportNumber, problems });
  if (!rendered.document) throw new Error("renderReport gave no document without strict");
  const content = await Packer.toBuffer(rendered.document);
  return {
    report,
    file: { fileName: reportFileName(reportNumber, asOf, now, rendered.draft), content, contentType: DOCX_CONTENT_TYPE },
    draft: rendered.draft,
    missing: rendered.missing,
  };
}

/** `delrapport-2_lage-2024-10-01_utkast_skapad-2024-10-01T0701.docx`: sorts by report, then date; unique per minute. */
export function reportFileName(reportNumber: number, asOf: string, now: Date, draft: boolean): string {
  const made = DateTime.fromJSDate(now).setZone(ZONE).toFormat("yyyy-MM-dd'T'HHmmss");
  return `delrapport-${reportNumber}_lage-${asOf}${draft ? "_utkast" : ""}_skapad-${made}.docx`;
}
