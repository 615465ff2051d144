import type { Located } from "../located.ts";
import type { Problem } from "../problem.ts";

/** A cross-row problem, and the row it disqualifies when it is an error. */
export interface Finding {
  readonly problem: Problem;
  readonly row?: Located<unknown>;
}

export function placeText(row: Located<unknown>): string {
  return `${row.at.workbook}, bladet ${row.at.sheet}, rad ${row.at.row}`;
}
