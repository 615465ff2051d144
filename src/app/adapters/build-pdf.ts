/**
 * The tagged-PDF maker: LibreOffice found from the environment when a PDF is
 * asked for, the configured time limit. Its code (and pdf-lib) loads only
 * then, and only callers that pass this builder carry it in their bundle.
 */
import type { FigureText } from "../../sinks/pdf/figure-alt-texts.ts";
import type { PdfFile } from "../../sinks/pdf/report-pdf.ts";
import type { ReportFile } from "../../sinks/report-store/report-store.ts";
import type { Env, PdfConfig } from "../config.ts";

export type MakePdf = (docx: ReportFile, figures: readonly FigureText[]) => Promise<PdfFile>;

export function buildPdf(config: PdfConfig, env: Env): MakePdf {
  return async (docx, figures) => {
    const [{ reportPdf }, { findSoffice }] = await Promise.all([
      import("../../sinks/pdf/report-pdf.ts"),
      import("../../sinks/pdf/find-soffice.ts"),
    ]);
    return reportPdf(docx, figures, { soffice: findSoffice(env), timeoutMs: config.timeoutMs });
  };
}
