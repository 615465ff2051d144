/**
 * Worker-thread entry: reads one .xlsx at a time, inside the heap and time
 * limits its pool gives it, and posts back raw sheets.
 */
import { parentPort } from "node:worker_threads";
import { readOoxml } from "./ooxml/read-ooxml.ts";
import { RowLimitError } from "./ooxml/sheet-part.ts";
import { InflateLimitError } from "./ooxml/zip-parts.ts";
import type { ParseReply, ParseRequest } from "./parse-protocol.ts";

parentPort?.on("message", (request: ParseRequest) => {
  void parse(request).then((reply) => parentPort?.postMessage(reply));
});

async function parse({ id, bytes, maxInflatedBytes, maxRows }: ParseRequest): Promise<ParseReply> {
  try {
    const workbook = await readOoxml(Buffer.from(bytes), maxInflatedBytes, maxRows);
    return { id, ok: true, ...workbook };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const reason = error instanceof InflateLimitError ? "suspicious" : error instanceof RowLimitError ? "rows" : "damaged";
    return { id, ok: false, reason, detail };
  }
}
