import { decodeOoxmlEscapes } from "./escapes.ts";
import { parseXml } from "./xml-events.ts";
import type { ZipParts } from "./zip-parts.ts";

/** The shared string table: rich-text runs joined, phonetic guides (rPh) left out. */
export async function readSharedStrings(zip: ZipParts, part: string | undefined): Promise<string[]> {
  if (!part || !zip.has(part)) return [];
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let phonetic = 0;
  await parseXml(zip.chunks(part), {
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic += 1;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic -= 1;
      else if (name === "si") strings.push(decodeOoxmlEscapes(current));
    },
  });
  return strings;
}
