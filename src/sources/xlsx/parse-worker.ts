/**
 * Worker-thread entry: reads one .xlsx at a time, inside the heap and time
 * limits its pool gives it, and posts back raw sheets, or, for a block
 * or central workbook, its typed rows: typing here, beside the parse, spares
 * the main thread both the typing and rebuilding every raw cell it would then
 * drop.
 */
import { parentPort } from "node:worker_threads";
import { type BlockStage, type CentralStage, readBlockStage, readCentralStage } from "../../validation/validate-source.ts";
import { readOoxml } from "./ooxml/read-ooxml.ts";
import { rawWorkbookOf } from "./raw-workbook-of.ts";
import { RowLimitError } from "./ooxml/sheet-part.ts";
import { InflateLimitError } from "./ooxml/zip-parts.ts";
import type { ParseReply, ParseRequest } from "./parse-protocol.ts";

parentPort?.on("message", (request: ParseRequest) => {
  void parse(request).then((reply) => parentPort?.postMessage(reply));
});

async function parse({ id, bytes, maxInflatedBytes, maxRows, block, central }: ParseRequest): Promise<ParseReply> {
  try {
    const workbook = await readOoxml(Buffer.from(bytes), maxInflatedBytes, maxRows);
    if (block) {
      const raw = rawWorkbookOf(workbook, block);
      return typed(id, () => ({ stage: readBlockStage(block.blockId, { ok: true, workbook: raw }) }));
    }
    if (central) {
      const raw = rawWorkbookOf(workbook, central);
      return typed(id, () => ({ central: readCentralStage({ ok: true, workbook: raw }) }));
    }
    return { id, ok: true, ...workbook };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const reason = error instanceof InflateLimitError ? "suspicious" : error instanceof RowLimitError ? "rows" : "damaged";
    return { id, ok: false, reason, detail };
  }
}

/** A throw while typing is a fault in lägesbild, not in the file: it goes back as one, not as a damaged workbook. */
function typed(id: number, type: () => { stage: BlockStage } | { central: CentralStage }): ParseReply {
  try {
    return { id, ok: true, ...type() };
  } catch (error) {
    return { id, ok: false, reason: "internal", detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
