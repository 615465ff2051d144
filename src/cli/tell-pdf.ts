/** `--pdf`: what became of the tagged PDF beside the .docx; a failure is reported and leaves the .docx as it is. */
import type { StoredPdf } from "../app/report.ts";
import { besidePath } from "../sinks/report-store/path-report-store.ts";
import type { CliIo } from "./io.ts";

/** Says where the PDF went (or why there is none); true when it was written with every figure's alt text. */
export function tellPdf(io: CliIo, docxPath: string, pdf: StoredPdf | undefined): boolean {
  if (pdf === undefined) return true;
  if ("error" in pdf) {
    io.stderr(`Ingen PDF: ${pdf.error} Word-dokumentet ${docxPath} är skrivet.\n`);
    return false;
  }
  const missing = pdf.figuresWithoutAlt;
  const warning = missing === 0 ? "" : ` Varning: ${missing === 1 ? "1 figur saknar" : `${missing} figurer saknar`} alternativtext.`;
  io.stdout(`Skrev ${besidePath(docxPath, ".pdf")}: taggad PDF för publicering.${warning}\n`);
  return missing === 0;
}
