/**
 * The .docx to a tagged PDF through LibreOffice headless: a throw-away user
 * profile per run (two conversions never wait for each other's lock), a time
 * limit after which the whole process group is stopped, and alt texts for the
 * figures LibreOffice leaves without.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { formatNumber } from "../../text/swedish.ts";
import { addFigureAltTexts, type FigureText } from "./figure-alt-texts.ts";
import { PdfConversionError } from "./pdf-conversion-error.ts";
import { DEFAULT_PDF_TIMEOUT_MS } from "./default-timeout.ts";

/**
 * writer_pdf_Export's options: a tagged PDF (headings, tables, figures, reading order, language), PDF/UA where
 * LibreOffice offers it (7.2 and later; an older one ignores the option), bookmarks from the headings, and the
 * document title shown instead of the file name.
 */
export const PDF_FILTER_OPTIONS = {
  UseTaggedPDF: { type: "boolean", value: "true" },
  PDFUACompliance: { type: "boolean", value: "true" },
  ExportBookmarks: { type: "boolean", value: "true" },
  ExportNotes: { type: "boolean", value: "false" },
} as const;

export interface PdfOptions {
  /** The soffice program (see findSoffice). */
  readonly soffice: string;
  readonly timeoutMs?: number;
  /** The document's figures in order, for the alt texts LibreOffice drops. */
  readonly figures?: readonly FigureText[];
}

export interface PdfResult {
  readonly pdfPath: string;
  readonly bytes: number;
  /** Figures in the PDF still without alt text. */
  readonly figuresWithoutAlt: number;
}

/** Writes `pdfPath` from `docxPath`; throws PdfConversionError (in Swedish) when LibreOffice is missing, fails or is too slow. */
export async function convertDocxToPdf(docxPath: string, pdfPath: string, options: PdfOptions): Promise<PdfResult> {
  const work = await mkdtemp(join(tmpdir(), "lagesbild-pdf-"));
  try {
    const filter = `pdf:writer_pdf_Export:${JSON.stringify(PDF_FILTER_OPTIONS)}`;
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      work,
      docxPath,
    ];
    await runSoffice(options.soffice, args, options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS, docxPath);
    const written = join(work, `${basename(docxPath, extname(docxPath))}.pdf`);
    const pdf = await readFile(written).catch(() => {
      throw new PdfConversionError(`LibreOffice skrev ingen PDF av ${docxPath}.`);
    });
    const fixed = await addFigureAltTexts(pdf, options.figures ?? []);
    await writeFile(pdfPath, fixed.pdf).catch((cause: unknown) => {
      throw new PdfConversionError(`Kunde inte skriva ${pdfPath}: ${cause instanceof Error ? cause.message : String(cause)}`);
    });
    return { pdfPath, bytes: fixed.pdf.length, figuresWithoutAlt: fixed.withoutAlt };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function runSoffice(soffice: string, args: readonly string[], timeoutMs: number, docxPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a hung conversion is stopped with every process LibreOffice started.
    const child = spawn(soffice, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-2000);
    });
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(
        new PdfConversionError(
          `LibreOffice gjorde inte om ${docxPath} till PDF inom tidsgränsen (${formatNumber(timeoutMs / 1000)} s) och stoppades.`,
        ),
      );
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new PdfConversionError(`LibreOffice (${soffice}) gick inte att starta: ${error.message}`));
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const why = signal ? `stoppades (${signal})` : `avslutades med kod ${code}`;
      reject(new PdfConversionError(`LibreOffice ${why} när ${docxPath} skulle bli PDF.${stderr.trim() ? ` ${stderr.trim()}` : ""}`));
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}
