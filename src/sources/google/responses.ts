import { z } from "zod";

/**
 * The parts of the Sheets v4 responses lägesbild reads, checked at the edge:
 * a truncated or otherwise odd body is a transient failure, never a crash.
 */

/** The `fields` mask of the one metadata call: titles, sheet ids, hidden state, kind and merges; no cell data. */
export const METADATA_FIELDS = "spreadsheetId,properties.title,sheets(properties(sheetId,title,index,hidden,sheetType),merges)";

const gridRange = z.object({
  sheetId: z.number().int().optional(),
  startRowIndex: z.number().int().optional(),
  endRowIndex: z.number().int().optional(),
  startColumnIndex: z.number().int().optional(),
  endColumnIndex: z.number().int().optional(),
});

export type GridRange = z.infer<typeof gridRange>;

export const spreadsheetMetadata = z.object({
  properties: z.object({ title: z.string() }),
  sheets: z
    .array(
      z.object({
        properties: z.object({
          sheetId: z.number().int(),
          title: z.string(),
          index: z.number().int().optional(),
          hidden: z.boolean().optional(),
          sheetType: z.string().optional(),
        }),
        merges: z.array(gridRange).optional(),
      }),
    )
    .default([]),
});

export type SpreadsheetMetadata = z.infer<typeof spreadsheetMetadata>;

export const batchGetValues = z.object({
  valueRanges: z
    .array(
      z.object({
        range: z.string(),
        majorDimension: z.literal("ROWS").optional(),
        values: z.array(z.array(z.unknown())).optional(),
      }),
    )
    .default([]),
});

export type BatchGetValues = z.infer<typeof batchGetValues>;
