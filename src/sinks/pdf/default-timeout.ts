/** How long one LibreOffice conversion may take before it is stopped (LAGESBILD_PDF_TIMEOUT_MS). */
export const DEFAULT_PDF_TIMEOUT_MS = 120_000;
