/** The PDF could not be made (LibreOffice missing, failing or too slow); the .docx is not affected. */
export class PdfConversionError extends Error {
  override readonly name = "PdfConversionError";
}
