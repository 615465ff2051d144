import { relationships } from "./workbook-part.ts";
import { parseXml } from "./xml-events.ts";
import type { ZipParts } from "./zip-parts.ts";

/**
 * When the workbook was last saved, as the program that saved it wrote it in
 * the core properties (`docProps/core.xml`, `dcterms:modified`), in ISO form;
 * absent when the file has no such date or one that is not a date. Excel,
 * LibreOffice and Google Sheets' download all write it on every save, and
 * unlike the file's time it survives a copy, a download or a checkout.
 */
export async function readModified(zip: ZipParts): Promise<string | undefined> {
  const root = await relationships(zip, "");
  const part = [...root.values()].find((r) => !r.external && r.type.endsWith("/metadata/core-properties"))?.target ?? "docProps/core.xml";
  if (!zip.has(part)) return undefined;
  let inModified = false;
  let text = "";
  await parseXml([await zip.text(part)], {
    open(name) {
      inModified = name === "modified";
    },
    text(t) {
      if (inModified) text += t;
    },
    close() {
      inModified = false;
    },
  });
  return instant(text.trim());
}

/** A W3CDTF date-time with its zone (as core properties write it) in ISO form, UTC; anything else is not trusted. */
function instant(text: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
