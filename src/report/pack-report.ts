/** The rendered document as .docx bytes, its charts in the report's language. */
import { type Document, Packer } from "docx";
import { withChartLanguage } from "./chart-language.ts";

export async function packReport(document: Document, language: string): Promise<Buffer> {
  return Buffer.from(withChartLanguage(await Packer.toBuffer(document), language));
}
