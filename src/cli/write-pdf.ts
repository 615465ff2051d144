/** `--pdf`: the written .docx also as a tagged PDF beside it; a failure is reported and leaves the .docx as it is. */
import { convertDocxToPdf } from "../sinks/pdf/docx-to-pdf.ts";
import { findSoffice } from "../sinks/pdf/find-soffice.ts";
import { PdfConversionError } from "../sinks/pdf/pdf-conversion-error.ts";
import type { FigureAlt } from "../report/context.ts";
import type { CliIo } from "./io.ts";

/** `f.docx` → `f.pdf`. */
export function pdfPathFor(docxPath: string): string {
  return docxPath.replace(/\.docx$/i, ".pdf");
}

/** Converts `docxPath` to the PDF beside it; true when it was written. */
export async function writePdfBeside(io: CliIo, docxPath: string, figures: readonly FigureAlt[]): Promise<boolean> {
  const pdfPath = pdfPathFor(docxPath);
  try {
    const timeoutMs = timeoutFrom(io.env.LAGESBILD_PDF_TIMEOUT_MS);
    const result = await convertDocxToPdf(docxPath, pdfPath, {
      soffice: findSoffice(io.env),
      figures,
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    const warning =
      result.figuresWithoutAlt > 0
        ? ` Varning: ${result.figuresWithoutAlt === 1 ? "1 figur saknar" : `${result.figuresWithoutAlt} figurer saknar`} alternativtext.`
        : "";
    io.stdout(`Skrev ${pdfPath}: taggad PDF för publicering.${warning}\n`);
    return result.figuresWithoutAlt === 0;
  } catch (error) {
    if (!(error instanceof PdfConversionError)) throw error;
    io.stderr(`Ingen PDF: ${error.message} Word-dokumentet ${docxPath} är skrivet.\n`);
    return false;
  }
}

function timeoutFrom(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new PdfConversionError(`LAGESBILD_PDF_TIMEOUT_MS ska vara ett positivt heltal (millisekunder), inte ”${value}”.`);
  return ms;
}
