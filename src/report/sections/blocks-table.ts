/** The building blocks and cross-cutting areas as a table: how the work is organised, and which blocks start later. */
import type { Paragraph, Table } from "docx";
import type { RenderContext } from "../context.ts";
import { BLOCK_STATUS_LABELS, TABLES } from "../labels.ts";
import { dataTable } from "../tables.ts";
import { BLOCK_KIND } from "../../../sheets-schema/vocabulary.ts";

export function blocksTable(ctx: RenderContext): (Paragraph | Table)[] {
  const [name, kind, status] = TABLES.blocks.headers;
  const rows = [...ctx.programme.blocks]
    .sort((a, b) => (a.kind === b.kind ? a.order - b.order : a.kind === BLOCK_KIND.block ? -1 : 1))
    .map((b) => [b.name, b.kind, BLOCK_STATUS_LABELS[b.status]]);
  return dataTable(
    TABLES.blocks.caption,
    [
      { header: name, width: 0.46 },
      { header: kind, width: 0.27 },
      { header: status, width: 0.27 },
    ],
    rows,
  );
}
