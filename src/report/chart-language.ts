/**
 * docx writes every chart part in en-US (its `c:lang` and the language of
 * each text run), whatever the document's language, so a screen reader would
 * read the Swedish labels with English rules. The packed document's chart
 * parts are given the report's language instead.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const CHART_PART = /^word\/charts\/[^/]+\.xml$/;

/** The .docx with its charts' language set to `language` (e.g. `sv-SE`); without charts it is returned as it is. */
export function withChartLanguage(docx: Uint8Array, language: string): Uint8Array {
  const files = unzipSync(docx);
  const charts = Object.keys(files).filter((name) => CHART_PART.test(name));
  if (charts.length === 0) return docx;
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) {
    zippable[name] = CHART_PART.test(name) ? strToU8(relabel(strFromU8(bytes), language)) : bytes;
  }
  return zipSync(zippable, { level: 6 });
}

function relabel(xml: string, language: string): string {
  return xml
    .replace(/(<c:lang val=")[^"]*(")/g, `$1${language}$2`)
    .replace(/(<a:(?:rPr|endParaRPr|defRPr)\b[^>]*\blang=")[^"]*(")/g, `$1${language}$2`);
}
