import type { Located } from "../located.ts";
import type { WorkbookRows } from "../read-workbook.ts";
import type { blockWorkbook, centralWorkbook } from "../../../sheets-schema/workbooks.ts";
import { appendAll } from "../../collections/append-all.ts";

export type CentralRows = WorkbookRows<typeof centralWorkbook>;
export type BlockRows = WorkbookRows<typeof blockWorkbook>;

/** Everything read, central and per block, as the checks see it. */
export interface AllRows {
  readonly central: CentralRows;
  /** Block id → that block's workbook rows. */
  readonly blocks: ReadonlyMap<string, BlockRows>;
}

type FollowUpKey = "activities" | "measurements" | "deliverables" | "networks" | "sources";

/** The rows of one follow-up sheet across the central and every block workbook. */
export function acrossWorkbooks<K extends FollowUpKey>(all: AllRows, key: K): readonly Located<CentralRows[K][number]["value"]>[] {
  const rows: Located<CentralRows[K][number]["value"]>[] = [...(all.central[key] as readonly Located<CentralRows[K][number]["value"]>[])];
  for (const block of all.blocks.values()) appendAll(rows, block[key] as readonly Located<CentralRows[K][number]["value"]>[]);
  return rows;
}
