/**
 * docx writes every chart part in en-US (its `c:lang` and the language of
 * each text run), whatever the document's language, so a screen reader would
 * read the Swedish labels with English rules. The packed document's chart
 * parts are given the report's language instead.
 */
import { strFromU8, strToU8 } from "fflate";
import { rewriteZipParts } from "./rewrite-zip-parts.ts";

const CHART_PART = /^word\/charts\/[^/]+\.xml$/;

/** The .docx with its charts' language set to `language` (e.g. `sv-SE`); without charts it is returned as it is. */
export function withChartLanguage(docx: Uint8Array, language: string): Uint8Array {
  return rewriteZipParts(
    docx,
    (name) => CHART_PART.test(name),
    (_, bytes) => strToU8(relabel(strFromU8(bytes), language)),
  );
}

function relabel(xml: string, language: string): string {
  return xml
    .replace(/(<c:lang val=")[^"]*(")/g, `$1${language}$2`)
    .replace(/(<a:(?:rPr|endParaRPr|defRPr)\b[^>]*\blang=")[^"]*(")/g, `$1${language}$2`);
}
