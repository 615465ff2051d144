/** A built report file as its tagged PDF: the same name with `.pdf`, made in a throw-away folder. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportFile } from "../report-store/report-store.ts";
import { convertDocxToPdf } from "./docx-to-pdf.ts";
import type { FigureText } from "./figure-alt-texts.ts";

export const PDF_CONTENT_TYPE = "application/pdf";

export interface PdfFile {
  readonly file: ReportFile;
  /** Figures in the PDF still without alt text. */
  readonly figuresWithoutAlt: number;
}

export interface ReportPdfOptions {
  readonly soffice: string;
  readonly timeoutMs?: number;
}

/** `x.docx` → `x.pdf`. */
export function pdfNameFor(fileName: string): string {
  return /\.docx$/i.test(fileName) ? fileName.replace(/\.docx$/i, ".pdf") : `${fileName}.pdf`;
}

/** Throws PdfConversionError (in Swedish) when LibreOffice is missing, fails or is too slow. */
export async function reportPdf(docx: ReportFile, figures: readonly FigureText[], options: ReportPdfOptions): Promise<PdfFile> {
  const work = await mkdtemp(join(tmpdir(), "lagesbild-report-pdf-"));
  try {
    // A plain name inside our own folder: the stored name may carry characters LibreOffice's command line dislikes.
    const docxPath = join(work, "rapport.docx");
    const pdfPath = join(work, "rapport.pdf");
    await writeFile(docxPath, docx.content);
    const result = await convertDocxToPdf(docxPath, pdfPath, {
      soffice: options.soffice,
      figures,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    return {
      file: { fileName: pdfNameFor(docx.fileName), content: await readFile(pdfPath), contentType: PDF_CONTENT_TYPE },
      figuresWithoutAlt: result.figuresWithoutAlt,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
